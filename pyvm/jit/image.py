"""A module's run-time image: what compiled code addresses directly.

- global slots: one Word per module-level name (0 while unbound), then the module's namespace
  dict once globals() made it, with a `Namespace` struct describing them (runtime/namespace.py);
- per code object: its constants and names as Words, and its `Code` struct.
The Word arrays are registered with the collector as root ranges, so the
objects they hold may move; the `Code` structs live outside the heap.
"""
from __future__ import annotations

import array
import ctypes


from pyvm.bytecode.code import CodeObject, ModuleCode, const_key
from pyvm.bytecode.opcodes import BUILTINS, BY_NAME, OPCODES, is_cpython_builtin
from pyvm.jit.analysis import ATTRIBUTE_CACHES, attribute_caches
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
            [p[0] for p in code.positions], consts, code.names, code.varnames, code.cellvars, code.freevars,
            code.doc, code.instance_slots)


# Attribute caches (analysis.attribute_caches), laid out as runtime/attrcache.py says
CACHE_WORDS, ENTRY_WORDS, CACHE_NAME, EMPTY = 17, 4, 16, -1

WIDTH = 6          # words per instruction for the interpreter (baseline/interpreter.py)
PADDING = [[0] * (WIDTH - n) for n in range(WIDTH + 1)]
# The instructions encoded as they are written (no run of registers, no name or builtin to turn into
# an address: CodeImage._encode): their opcode, and the zeros after their operands.
PLAIN = {ins.name: ((OPCODES[ins.name],), (0,) * (WIDTH - 1 - len(ins.operands))) for ins in BY_NAME.values()
         if "regs" not in ins.operands and ins.name not in ("LOAD_GLOBAL", "LOAD_BUILTIN", "CHECK_BOUND",
                                                            "LOAD_DEREF", "DELETE_DEREF", "LOAD_NAME",
                                                            "DELETE_NAME", "LOAD_CLASSDEREF")
         and ins.name not in ATTRIBUTE_CACHES}
CHECK_BOUND = OPCODES["CHECK_BOUND"]


def word_array(rt, n: int):
    """A root range of n Words (at least one, so that its address is distinct), for the rest of the
    process: a lasting range, since a program may have any number of code objects (two ranges each)."""
    array = (ctypes.c_int64 * max(n, 1))()
    if not rt.fn("gc.roots.add_lasting_range")(ctypes.addressof(array), len(array)):
        raise MemoryError("pyvm: out of memory for a root range")
    return array


class CodeImage:
    """One code object's data. Generated code names it by symbols derived from the code's content
    (`symbol`), which the JIT registers with LLVM; so the same code compiles to the same object."""

    def __init__(self, rt, code: CodeObject, module_symbol: str, identity, globals_address: int, namespace: int,
                 global_cstrings):
        """identity: what tells this code from the module's others; global_cstrings: the addresses of
        the module's global names as C strings (ModuleImage)."""
        self.rt = rt
        self.code = code
        self.global_cstrings = global_cstrings
        self._name_cstrings = None
        self.module_symbol = module_symbol
        self.symbol = f"py.{content_hash(module_symbol, identity)}"
        self.consts_array = word_array(rt, len(code.consts))
        self.names_array = word_array(rt, len(code.names))
        self.consts = ctypes.addressof(self.consts_array)
        self.names = ctypes.addressof(self.names_array)
        self.caches = attribute_caches(code)    # instruction -> its cache's place among the code's
        self.cache_names = {}                   # a cache's place -> its name
        for index, k in self.caches.items():
            ins = code.instructions[index]
            self.cache_names[k] = ins[ATTRIBUTE_CACHES[ins[0]][0]]
        self.caches_address = 0
        self.fast = 0
        self.origin = None              # where its compiled code came from, if it has some: "LLVM", "cache"
        self._keep = []
        layout = rt.meta["structs"]["runtime.function.Code"]
        self.offsets = layout["fields"]
        self.struct = (ctypes.c_char * layout["size"])()
        self.code_struct = ctypes.addressof(self.struct)
        for field, address in zip(("name", "qualname", "filename"),
                                  self._cstrings((code.name, code.qualname, code.filename))):
            self._set(field, address)
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
        self._set("varnames", self._array("Q", self._cstrings(code.varnames)))
        self._set("lines", self._array("q", [p[0] for p in code.positions]))
        self._set("is_module", int(code.is_module))
        self._set("nregs", code.nregs)
        self._set("names", self.names)
        self._set("globals", globals_address)
        self._set("namespace", namespace)
        self.encoded = False
        self._set("consts", self.consts)
        self._set("doc", code.doc)
        cells = code.cell_registers()
        self._set("cells", self._array("B", [int(i in cells) for i in range(len(code.varnames))]))
        for kind, address in (("code", self.code_struct), ("consts", self.consts), ("names", self.names)):
            loader.add_symbol(self.data(kind), address)

    def data(self, kind: str) -> str:
        """The symbol of this code's data: "code" (its Code struct), "consts", "names", "caches", or the
        module's "globals" and "namespace"."""
        if kind in ("globals", "namespace"):
            return f"{self.module_symbol}.{kind}"
        return f"{self.symbol}.{kind}"

    def _cstrings(self, texts) -> list:
        """C strings of texts, in one buffer (a buffer each cost 10 ms of a start with 12,000 names)."""
        encoded = [text.encode() for text in texts]
        buffer = ctypes.create_string_buffer(b"\0".join(encoded))
        self._keep.append(buffer)
        addresses, at = [], ctypes.addressof(buffer)
        for e in encoded:
            addresses.append(at)
            at += len(e) + 1
        return addresses

    def _array(self, typecode: str, values) -> int:
        """A C array of values (typecode: array's, "q" for int64, "Q" for pointers, "B" for bytes; five
        times faster to fill than a ctypes array), at least one item long."""
        items = array.array(typecode, values or [0])
        self._keep.append(items)
        return items.buffer_info()[0]

    def _set(self, field: str, value: int):
        ctypes.c_int64.from_address(self.code_struct + self.offsets[field][0]).value = value

    def cache_offset(self, index: int) -> int:
        """The byte offset of instruction index's attribute cache from the code's first."""
        return 8 * CACHE_WORDS * self.caches[index]

    def set_caches(self, array, first: int):
        """The code's caches are array[first:]: each entry empty, its name after them."""
        self.caches_address = ctypes.addressof(array) + 8 * first
        self._set("caches", self.caches_address)
        loader.add_symbol(self.data("caches"), self.caches_address)
        for k, name in self.cache_names.items():
            at = first + k * CACHE_WORDS
            for e in range(at, at + CACHE_NAME, ENTRY_WORDS):
                array[e] = EMPTY
            array[at + CACHE_NAME] = self.names_array[name]

    def fill_constants(self, code_structs: dict, words: list, places: tuple):
        """Set the constants and names (after every Code struct exists): words, the module's constants
        (make_constants); places, where this code's are among them (None: a code object)."""
        consts, names = places
        self.consts_array[:len(consts)] = [code_structs[id(value)] if at is None else words[at]
                                           for value, at in zip(self.code.consts, consts)]
        self.names_array[:len(names)] = [words[at] for at in names]

    def encode(self, builtin_address) -> None:
        """The instructions and the exception table as the interpreter reads them (once)."""
        if self.encoded:
            return
        code = self.code
        words = []
        plain = PLAIN.get
        for index, ins in enumerate(code.instructions):  # (the most frequent first: 110,000 take 40 ms)
            shape = plain(ins[0])
            if shape is not None:
                words += shape[0]
                words += ins[1:]
                words += shape[1]
            elif ins[0] == "CHECK_BOUND":       # the name it reports as a C string
                words += (CHECK_BOUND, ins[1], self.name_cstrings()[ins[2]], 0, 0, 0)
            else:
                encoded = self._encode(index, ins, builtin_address)
                assert len(encoded) <= WIDTH, ins
                words += encoded
                words += PADDING[len(encoded)]
        self._set("ins", self._array("q", words))
        table = [value for entry in code.exception_table for value in entry]
        self._set("handlers", self._array("q", table))
        self._set("nhandlers", len(code.exception_table))
        self.encoded = True

    def _encode(self, index: int, ins, builtin_address) -> list:
        """One instruction: its opcode, then its operands in the table's order (a run of registers as
        first and count); names the interpreter only reports as C strings, builtins as addresses, an
        attribute's name as its cache's address."""
        name, code = ins[0], self.code
        words = [OPCODES[name]]
        for kind, value in zip(BY_NAME[name].operands, ins[1:]):
            words += list(value) if kind == "regs" else [value]
        if name in ATTRIBUTE_CACHES:
            words[ATTRIBUTE_CACHES[name][0]] = self.caches_address + self.cache_offset(index)
        elif name in ("LOAD_GLOBAL", "LOAD_NAME"):
            global_name = code.module.global_names[ins[-1]]
            fallback = (builtin_address(global_name) if global_name in BUILTINS
                        else 1 if is_cpython_builtin(global_name) else 0)
            words += [fallback, self.global_cstrings[ins[-1]]]
        elif name == "LOAD_BUILTIN":
            words[2] = builtin_address(code.names[ins[2]])
        elif name == "DELETE_NAME":
            words.append(self.name_cstrings()[ins[1]])
        elif name == "LOAD_CLASSDEREF":
            words.append(self.name_cstrings()[ins[3]])
        elif name in ("LOAD_DEREF", "DELETE_DEREF"):
            at = 3 if name == "LOAD_DEREF" else 2
            words[at] = self.name_cstrings()[ins[at]]
            words.append(int(code.varnames[ins[at - 1]] in code.freevars))
        return words

    def name_cstrings(self) -> list:
        """The C strings of the code's names (made once, when the first instruction needs one)."""
        if self._name_cstrings is None:
            self._name_cstrings = self._cstrings(self.code.names)
        return self._name_cstrings

    def set_generic(self, generic: int):
        self._set("generic", generic)

    def set_heat(self, heat: int):
        self._set("heat", heat)

    def set_resume(self, resume: int) -> int:
        """A generator's code compiled: its resume entry (codegen.build_resume), kept as `fast` too."""
        self.fast = resume
        self._set("resume", resume)
        return resume

    def set_entries(self, fast: int, generic: int):
        self.fast = fast
        self._set("fast", fast)
        self._set("generic", generic)


def make_constants(rt, module: ModuleCode):
    """The runtime objects of a module's constants and names, in a root array; and for each code
    object (by id), where each of its constants (None for a code object) and names is in it. As in
    CPython, equal constants are one object across the module, in tuples too, and a name is the str
    constant equal to it (CPython interns both)."""
    index, values = {}, []

    def visit(value) -> int:
        key = const_key(value)
        at = index.get(key)
        if at is None:
            if type(value) is tuple:
                for item in value:          # before the tuple, which is made of them
                    visit(item)
            at = index[key] = len(values)
            values.append(value)
        return at
    places = {id(code): ([None if isinstance(value, CodeObject) else visit(value) for value in code.consts],
                         [visit(name) for name in code.names]) for code in module.walk()}
    array = word_array(rt, len(values))
    made = lambda rt, item: rt.root(array[index[const_key(item)]])
    for i, value in enumerate(values):
        array[i] = from_py(rt, value, made).word
    return array, places


class ModuleImage:
    def __init__(self, rt, module: ModuleCode):
        self.module = module
        # Compiled code names its callees' data by symbol: any change anywhere in the module must
        # change every symbol, or cached code would call stale code. A module whose fingerprint says
        # what it is made from (frontend/cache.py) is named by it, and its codes by their place in it:
        # hashing the content of 500 functions cost 0.1 s of every start.
        codes = list(module.walk())
        if module.fingerprint is not None:
            identities = list(range(len(codes)))
            self.symbol = f"pym.{content_hash(module.code.filename, module.fingerprint)}"
        else:
            identities = [code_fingerprint(code) for code in codes]
            self.symbol = f"pym.{content_hash(module.code.filename, module.global_names, identities)}"
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
        self.codes = [CodeImage(rt, code, self.symbol, identity, self.globals, ctypes.addressof(self.namespace),
                                self.name_pointers) for code, identity in zip(codes, identities)]
        structs = {id(ci.code): ci.code_struct for ci in self.codes}
        self.constants_array, places = make_constants(rt, module)
        words = self.constants_array[:]         # current while nothing allocates, until the end
        for ci in self.codes:
            ci.fill_constants(structs, words, places[id(ci.code)])
        # The attribute caches of all the codes: one root range (they hold maps, functions, names)
        self.caches_array = word_array(rt, CACHE_WORDS * sum(len(ci.cache_names) for ci in self.codes))
        first = 0
        for ci in self.codes:
            ci.set_caches(self.caches_array, first)
            first += CACHE_WORDS * len(ci.cache_names)
