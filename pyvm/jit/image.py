"""A module's run-time image: what compiled code addresses directly.

- global slots: one Word per module-level name (0 while unbound), then the module's namespace
  dict once globals() made it, with a `Namespace` struct describing them (runtime/namespace.py);
- per code object: its constants and names as Words, and its `Code` struct.
The Word arrays are registered with the collector as root ranges, so the
objects they hold may move; the `Code` structs live outside the heap.
"""
from __future__ import annotations

import ctypes


from pyvm.bytecode.code import CodeObject, ModuleCode, const_key
from pyvm.bytecode.opcodes import BUILTINS, BY_NAME, OPCODES, is_cpython_builtin
from pyvm.native import loader
from pyvm.native.bridge import from_py
from pyvm.native.cache import sha256


def content_hash(*parts) -> str:
    return sha256(repr(parts).encode()).hexdigest()[:24]


def code_fingerprint(code: CodeObject):
    consts = [("code", c.qualname, c.firstlineno) if isinstance(c, CodeObject) else (type(c).__name__, repr(c))
              for c in code.consts]
    return (code.filename, code.qualname, code.firstlineno, code.argcount, code.posonlyargcount,
            code.kwonlyargcount, code.flags, code.nregs, code.instructions,
            [p.line for p in code.positions], consts, code.names, code.varnames, code.cellvars, code.freevars,
            code.doc, code.instance_slots)


WIDTH = 6          # words per instruction for the interpreter (baseline/interpreter.py)


def word_array(rt, n: int):
    """A root range of n Words (at least one, so that its address is distinct)."""
    array = (ctypes.c_int64 * max(n, 1))()
    if not rt.fn("gc.roots.add_range")(ctypes.addressof(array), len(array)):
        raise MemoryError("pyvm: too many root ranges")
    return array


class CodeImage:
    """One code object's data. Generated code names it by symbols derived from the code's content
    (`symbol`), which the JIT registers with LLVM; so the same code compiles to the same object."""

    def __init__(self, rt, code: CodeObject, module_symbol: str, globals_address: int, namespace: int):
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
        self._set("instance_slots", code.instance_slots)
        self._set("type", loader.address(rt.meta["types"]["code"]))
        self._set("nlocals", len(code.varnames))
        self._set("varnames", self._array(ctypes.c_void_p, [self._cstring(n) for n in code.varnames]))
        self._set("lines", self._array(ctypes.c_int64, [p.line for p in code.positions]))
        self._set("is_module", int(code.is_module))
        self._set("nregs", code.nregs)
        self._set("names", self.names)
        self._set("globals", globals_address)
        self._set("namespace", namespace)
        self.encoded = False
        self._set("consts", self.consts)
        self._set("doc", code.doc)
        cells = code.cell_registers()
        self._set("cells", self._array(ctypes.c_uint8, [int(i in cells) for i in range(len(code.varnames))]))
        for kind, address in (("code", self.code_struct), ("consts", self.consts), ("names", self.names)):
            loader.add_symbol(self.data(kind), address)

    def data(self, kind: str) -> str:
        """The symbol of this code's data: "code" (its Code struct), "consts", "names", or the module's
        "globals" and "namespace"."""
        if kind in ("globals", "namespace"):
            return f"{self.module_symbol}.{kind}"
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

    def fill_constants(self, code_structs: dict, constant):
        """Set the constants (constant(value): the module's object for it) and make the names'
        objects (after every Code struct exists)."""
        rt = self.rt
        for i, value in enumerate(self.code.consts):
            self.consts_array[i] = code_structs[id(value)] if isinstance(value, CodeObject) else constant(value)
        for i, name in enumerate(self.code.names):
            self.names_array[i] = rt.from_py(name).word

    def encode(self, builtin_address) -> None:
        """The instructions and the exception table as the interpreter reads them (once)."""
        if self.encoded:
            return
        code = self.code
        words = []
        for ins in code.instructions:
            encoded = self._encode(ins, builtin_address)
            assert len(encoded) <= WIDTH, ins
            words += encoded + [0] * (WIDTH - len(encoded))
        self._set("ins", self._array(ctypes.c_int64, words))
        table = [value for entry in code.exception_table for value in entry]
        self._set("handlers", self._array(ctypes.c_int64, table))
        self._set("nhandlers", len(code.exception_table))
        self.encoded = True

    def _encode(self, ins, builtin_address) -> list:
        """One instruction: its opcode, then its operands in the table's order (a run of registers as
        first and count); names the interpreter only reports as C strings, builtins as addresses."""
        name, code = ins[0], self.code
        words = [OPCODES[name]]
        for kind, value in zip(BY_NAME[name].operands, ins[1:]):
            words += list(value) if kind == "regs" else [value]
        if name in ("LOAD_GLOBAL", "LOAD_NAME"):
            global_name = code.module.global_names[ins[-1]]
            fallback = (builtin_address(global_name) if global_name in BUILTINS
                        else 1 if is_cpython_builtin(global_name) else 0)
            words += [fallback, self._cstring(global_name)]
        elif name == "LOAD_BUILTIN":
            words[2] = builtin_address(code.names[ins[2]])
        elif name == "CHECK_BOUND":
            words[2] = self._cstring(code.names[ins[2]])
        elif name == "DELETE_NAME":
            words.append(self._cstring(code.names[ins[1]]))
        elif name == "LOAD_CLASSDEREF":
            words.append(self._cstring(code.names[ins[3]]))
        elif name in ("LOAD_DEREF", "DELETE_DEREF"):
            at = 3 if name == "LOAD_DEREF" else 2
            words[at] = self._cstring(code.names[ins[at]])
            words.append(int(code.varnames[ins[at - 1]] in code.freevars))
        return words

    def set_generic(self, generic: int):
        self._set("generic", generic)

    def set_heat(self, heat: int):
        self._set("heat", heat)

    def set_entries(self, fast: int, generic: int):
        self.fast = fast
        self._set("fast", fast)
        self._set("generic", generic)


def make_constants(rt, module: ModuleCode):
    """The runtime objects of a module's constants, in a root array, and each one's index there by
    const_key. As in CPython, equal constants are one object across the module, in tuples too."""
    index, values = {}, []

    def visit(value):
        key = const_key(value)
        if key not in index:
            if type(value) is tuple:
                for item in value:          # before the tuple, which is made of them
                    visit(item)
            index[key] = len(values)
            values.append(value)
    for code in module.walk():
        for value in code.consts:
            if not isinstance(value, CodeObject):
                visit(value)
    array = word_array(rt, len(values))
    made = lambda rt, item: rt.root(array[index[const_key(item)]])
    for i, value in enumerate(values):
        array[i] = from_py(rt, value, made).word
    return array, index


class ModuleImage:
    def __init__(self, rt, module: ModuleCode):
        self.module = module
        # Compiled code names its callees' data by symbol: any change anywhere in the module must
        # change every symbol, or cached code would call stale code.
        everything = [code_fingerprint(code) for code in module.walk()]
        self.symbol = f"pym.{content_hash(module.code.filename, module.global_names, everything)}"
        n = len(module.global_names)
        self.globals_array = word_array(rt, n + 1)
        self.globals = ctypes.addressof(self.globals_array)
        loader.add_symbol(f"{self.symbol}.globals", self.globals)
        self.names = [ctypes.create_string_buffer(name.encode()) for name in module.global_names]
        self.name_pointers = (ctypes.c_void_p * max(n, 1))(*map(ctypes.addressof, self.names))
        self.order = (ctypes.c_int64 * max(n, 1))()
        self.namespace = (ctypes.c_char * rt.meta["structs"]["runtime.namespace.Namespace"]["size"])()
        for field, value in (("slots", self.globals), ("count", n), ("names", ctypes.addressof(self.name_pointers)),
                             ("order", ctypes.addressof(self.order))):
            ctypes.c_int64.from_address(ctypes.addressof(self.namespace)
                                        + rt.offset("runtime.namespace.Namespace", field)).value = value
        loader.add_symbol(f"{self.symbol}.namespace", ctypes.addressof(self.namespace))
        self.codes = [CodeImage(rt, code, self.symbol, self.globals, ctypes.addressof(self.namespace))
                      for code in module.walk()]
        structs = {id(ci.code): ci.code_struct for ci in self.codes}
        self.constants_array, index = make_constants(rt, module)
        for ci in self.codes:
            ci.fill_constants(structs, lambda value: self.constants_array[index[const_key(value)]])
