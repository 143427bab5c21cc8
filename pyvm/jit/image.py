"""A module's run-time image: what compiled code addresses directly.

- global slots: one Word per module-level name (0 while unbound);
- per code object: its constants and names as Words, and its `Code` struct.
The Word arrays are registered with the collector as root ranges, so the
objects they hold may move; the `Code` structs live outside the heap.
"""
from __future__ import annotations

import ctypes


from pyvm.bytecode.code import CodeObject, ModuleCode
from pyvm.native import loader
from pyvm.native.cache import sha256


def content_hash(*parts) -> str:
    return sha256(repr(parts).encode()).hexdigest()[:24]


def code_fingerprint(code: CodeObject):
    consts = [("code", c.qualname, c.firstlineno) if isinstance(c, CodeObject) else (type(c).__name__, repr(c))
              for c in code.consts]
    return (code.filename, code.qualname, code.firstlineno, code.argcount, code.posonlyargcount,
            code.kwonlyargcount, code.flags, code.nregs, code.instructions,
            [p.line for p in code.positions], consts, code.names, code.varnames, code.cellvars, code.freevars)


def word_array(rt, n: int):
    """A root range of n Words (at least one, so that its address is distinct)."""
    array = (ctypes.c_int64 * max(n, 1))()
    if not rt.fn("gc.roots.add_range")(ctypes.addressof(array), len(array)):
        raise MemoryError("pyvm: too many root ranges")
    return array


class CodeImage:
    """One code object's data. Generated code names it by symbols derived from the code's content
    (`symbol`), which the JIT registers with LLVM; so the same code compiles to the same object."""

    def __init__(self, rt, code: CodeObject, module_symbol: str):
        self.rt = rt
        self.code = code
        self.module_symbol = module_symbol
        self.symbol = f"py.{content_hash(module_symbol, code_fingerprint(code))}"
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
        self._set("posonlyargcount", code.posonlyargcount)
        self._set("kwonlyargcount", code.kwonlyargcount)
        self._set("flags", code.flags)
        self._set("nparams", code.nparams)
        self._set("fast_arity", code.argcount if code.positional_only_call else -1)
        self._set("type", loader.address(rt.meta["types"]["code"]))
        self._set("nlocals", len(code.varnames))
        self._set("varnames", self._array(ctypes.c_void_p, [self._cstring(n) for n in code.varnames]))
        self._set("lines", self._array(ctypes.c_int64, [p.line for p in code.positions]))
        self._set("is_module", int(code.is_module))
        cells = code.cell_registers()
        self._set("cells", self._array(ctypes.c_uint8, [int(i in cells) for i in range(len(code.varnames))]))
        for kind, address in (("code", self.code_struct), ("consts", self.consts), ("names", self.names)):
            loader.add_symbol(self.data(kind), address)

    def data(self, kind: str) -> str:
        """The symbol of this code's data: "code" (its Code struct), "consts", "names", or the module's "globals"."""
        if kind == "globals":
            return f"{self.module_symbol}.globals"
        return f"{self.symbol}.{kind}"

    def _cstring(self, text: str) -> int:
        buffer = ctypes.create_string_buffer(text.encode())
        self._keep.append(buffer)
        return ctypes.addressof(buffer)

    def _array(self, ctype, values) -> int:
        array = (ctype * max(len(values), 1))(*values)
        self._keep.append(array)
        return ctypes.addressof(array)

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
        # Compiled code names its callees' data by symbol: any change anywhere in the module must
        # change every symbol, or cached code would call stale code.
        everything = [code_fingerprint(code) for code in module.walk()]
        self.symbol = f"pym.{content_hash(module.code.filename, module.global_names, everything)}"
        self.globals_array = word_array(rt, len(module.global_names))
        self.globals = ctypes.addressof(self.globals_array)
        loader.add_symbol(f"{self.symbol}.globals", self.globals)
        self.codes = [CodeImage(rt, code, self.symbol) for code in module.walk()]
        structs = {id(ci.code): ci.code_struct for ci in self.codes}
        for ci in self.codes:
            ci.fill_constants(structs)
