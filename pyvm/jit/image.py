"""A module's run-time image: what compiled code addresses directly.

- global slots: one Word per module-level name (0 while unbound);
- per code object: its constants and names as Words, and its `Code` struct.
The Word arrays are registered with the collector as root ranges, so the
objects they hold may move; the `Code` structs live outside the heap.
"""
from __future__ import annotations

import ctypes
import itertools

from pyvm.bytecode.code import CodeObject, ModuleCode

_symbols = itertools.count()


def word_array(rt, n: int):
    """A root range of n Words (at least one, so that its address is distinct)."""
    array = (ctypes.c_int64 * max(n, 1))()
    if not rt.fn("gc.roots.add_range")(ctypes.addressof(array), len(array)):
        raise MemoryError("pyvm: too many root ranges")
    return array


class CodeImage:
    def __init__(self, rt, code: CodeObject):
        self.rt = rt
        self.code = code
        self.symbol = f"py{next(_symbols)}.{code.qualname}"
        self.consts_array = word_array(rt, len(code.consts))
        self.names_array = word_array(rt, len(code.names))
        self.consts = ctypes.addressof(self.consts_array)
        self.names = ctypes.addressof(self.names_array)
        self.fast = 0
        self._keep = []
        layout = rt.meta["structs"]["runtime.function.Code"]
        self.struct = (ctypes.c_char * layout["size"])()
        self.code_struct = ctypes.addressof(self.struct)
        self._set("name", self._cstring(code.name))
        self._set("qualname", self._cstring(code.qualname))
        self._set("filename", self._cstring(code.filename))
        self._set("firstlineno", code.firstlineno)
        self._set("argcount", code.argcount)
        argnames = (ctypes.c_void_p * max(code.argcount, 1))(*[self._cstring(n) for n in code.varnames[:code.argcount]])
        self._keep.append(argnames)
        self._set("argnames", ctypes.addressof(argnames))

    def _cstring(self, text: str) -> int:
        buffer = ctypes.create_string_buffer(text.encode())
        self._keep.append(buffer)
        return ctypes.addressof(buffer)

    def _set(self, field: str, value: int):
        ctypes.c_int64.from_address(self.code_struct + self.rt.offset("runtime.function.Code", field)).value = value

    def fill_constants(self, code_structs: dict):
        """Make the runtime objects of the constants and names (after every Code struct exists)."""
        rt = self.rt
        for i, value in enumerate(self.code.consts):
            if isinstance(value, CodeObject):
                self.consts_array[i] = code_structs[id(value)]
            else:
                self.consts_array[i] = rt.from_py(value).word
        for i, name in enumerate(self.code.names):
            self.names_array[i] = rt.from_py(name).word

    def set_entries(self, fast: int, generic: int):
        self.fast = fast
        self._set("fast", fast)
        self._set("generic", generic)


class ModuleImage:
    def __init__(self, rt, module: ModuleCode):
        self.module = module
        self.globals_array = word_array(rt, len(module.global_names))
        self.globals = ctypes.addressof(self.globals_array)
        self.codes = [CodeImage(rt, code) for code in module.walk()]
        for ci in self.codes:
            ci.globals = self.globals
        structs = {id(ci.code): ci.code_struct for ci in self.codes}
        for ci in self.codes:
            ci.fill_constants(structs)
