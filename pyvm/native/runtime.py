"""The runtime loaded into this process: build or fetch it, start it, call into it.

`Runtime.call` is how Python (the driver, the tests) calls lowpy functions.
Words held by Python live in a handle table registered with the collector as
a root range, so that a `Root` stays valid while objects move.
"""
from __future__ import annotations

import builtins
import ctypes
import os
import time

import llvmlite

import pyvm
from pyvm import switches
from pyvm.native import cache, loader

FLUSH = "runtime.writer.writer_flush_all"    # writes out what print() buffered
SET_MODE, MODE_UNBUFFERED = "runtime.writer.writer_set_mode", 3       # runtime/writer.py's MODE_UNBUFFERED
SET_ERRORS = "runtime.writer.writer_set_errors"
# CPython's error handlers by name, as numbered by runtime/writer.py's ERRORS_ constants.
ERROR_HANDLERS = {"strict": 0, "surrogateescape": 1, "backslashreplace": 2, "namereplace": 2, "surrogatepass": 3,
                  "ignore": 4, "replace": 5, "xmlcharrefreplace": 6}

PYVM = os.path.dirname(os.path.dirname(os.path.realpath(__file__)))     # the `pyvm/` folder

# Where the runtime is placed when the address is free, so that its relocated image can be cached
# (loader.py): far below the shared libraries and the stack, far above the program and its brk heap.
RUNTIME_ADDRESS = 0x2000_0000_0000
LOWPY_PACKAGES = ("runtime", "gc", "baseline")      # folders of pyvm/ holding lowpy sources
HANDLES = 1 << 16
MIB = 1 << 20

_CTYPES = {
    "i8": ctypes.c_int8, "i16": ctypes.c_int16, "i32": ctypes.c_int32, "i64": ctypes.c_int64,
    "u8": ctypes.c_uint8, "u16": ctypes.c_uint16, "u32": ctypes.c_uint32, "u64": ctypes.c_uint64,
    "bool": ctypes.c_bool, "f64": ctypes.c_double, "Word": ctypes.c_int64, "None": None,
}


class NotSupported(Exception):
    """The runtime's NotSupported exception (runtime/errors.py), seen from Python."""


def ctype(name: str):
    return _CTYPES.get(name, ctypes.c_void_p)


def lowpy_modules() -> list[str]:
    names = []
    for package in LOWPY_PACKAGES:
        for path in cache.python_files(os.path.join(PYVM, package)):
            if not path.endswith("__init__.py"):
                names.append(f"{package}.{os.path.basename(path)[:-3]}")
    return names


def runtime_program():
    """The runtime's lowpy modules, and the one generated from the list of builtins."""
    from pyvm.lowpy.program import Program
    program = Program()
    for name in lowpy_modules():
        program.load(name)
    from pyvm.native import builtin_table           # building only: not every start compiles it
    program.add_source(builtin_table.MODULE, builtin_table.source(program.modules), builtin_table.PATH)
    return program


def build_inputs(asserts: bool) -> list[bytes]:
    parts = [pyvm.__version__.encode(), llvmlite.__version__.encode(), str(asserts).encode()]
    for folder in ("lowpy",) + LOWPY_PACKAGES:
        parts += [cache.stamp(path) for path in cache.python_files(os.path.join(PYVM, folder))]
    parts.append(cache.stamp(os.path.join(PYVM, "native", "engine.py")))   # target options
    parts += [cache.stamp(os.path.join(PYVM, path)) for path in ("bytecode/opcodes.py", "native/builtin_table.py")]
    return parts


def metadata(program, unit) -> dict:
    from pyvm.lowpy import types as T
    from pyvm.lowpy.declarations import StaticDecl
    structs = {}
    for module in program.modules.values():
        for s in module.symbols.values():
            if isinstance(s, T.StructType):
                structs[s.qualname] = {"size": s.size, "fields": {f.name: [f.offset, repr(f.type)] for f in s.fields}}
    functions = {sym: [[repr(p) for p in ft.params], repr(ft.result)] for sym, ft in unit.functions.items()}
    inits = [f"{m}.init" for m in program.modules if f"{m}.init" in unit.functions]
    collecting = sorted(d.symbol for d in unit.collecting if d.symbol in unit.functions)
    types = {}
    for module in program.modules.values():
        for s in program.heap_structs(module):
            types.setdefault(s.python_name, f"{s.qualname}.type")
        for s in module.symbols.values():
            if isinstance(s, StaticDecl) and s.python_name is not None:      # static_type: ValueError, ...
                types.setdefault(s.python_name, s.symbol)
    from pyvm.native import builtin_table
    builtins = {name: o[3] for name, o in builtin_table.runtime_objects(program.modules).items()}
    return {"functions": functions, "structs": structs, "ref_globals": unit.ref_globals, "inits": inits,
            "collecting": collecting, "types": types, "builtins": builtins}


def build(asserts: bool) -> tuple[bytes, dict]:
    from pyvm.lowpy.program import compile_unit
    from pyvm.native import engine, builtin_table  # LLVM: only a cache miss compiles
    program = runtime_program()
    program.declare()
    unit = compile_unit(program, lowpy_modules() + [builtin_table.MODULE], asserts=asserts, name="runtime")
    module = engine.optimize(unit.ir)
    return engine.emit_object(module), metadata(program, unit)


class Root:
    """A Word the collector keeps alive and up to date; freed when the Root is."""
    __slots__ = ("rt", "index")

    def __init__(self, rt: "Runtime", word: int):
        self.rt = rt
        self.index = rt._take_handle(word)

    @property
    def word(self) -> int:
        return self.rt.handles[self.index]

    def __del__(self):
        try:
            self.rt._release_handle(self.index)
        except Exception:
            pass

    def __repr__(self):
        return f"<Root {self.word:#x}>"


class Runtime:
    def __init__(self, meta: dict, load_seconds: float, built: bool, key: str = "", prelinked: bool = False):
        self.meta = meta
        self.key = key                  # the cache key of this runtime build
        self.load_seconds = load_seconds
        self.built = built
        self.prelinked = prelinked      # mapped from its relocated image (loader.load_prelinked)
        self.output_error = 0           # see flush_output
        self._functions = {}
        self.handles = (ctypes.c_int64 * HANDLES)()
        self._free_handles = []          # released handles; those from _unused_handle on were never taken
        self._unused_handle = 0

    # -- starting ----------------------------------------------------------------------

    def start(self):
        initial, maximum = switches.heap_megabytes()
        if not self.fn("gc.heap.setup")(initial * MIB, maximum * MIB, switches.flag("PYVM_GC_STRESS")):
            raise switches.BadSwitch(f"cannot map the heap's two spaces of {initial} MiB (PYVM_HEAP_INITIAL_MB)")
        self.fn("gc.roots.add_range")(ctypes.addressof(self.handles), HANDLES)
        self.fn("runtime.strobj.set_hash_key")(*switches.hash_key(switches.hash_seed()))   # before any str is hashed
        self._start_unit(self.meta)

    def _start_unit(self, meta: dict) -> None:
        """Make a loaded unit's reference globals roots of the collector, then run its module inits."""
        add_range = self.fn("gc.roots.add_range")
        for symbol in meta["ref_globals"]:
            add_range(loader.address(symbol), 1)
        for init in meta["inits"]:
            self.fn(init)()

    # -- calling -----------------------------------------------------------------------

    def fn(self, symbol: str):
        """The ctypes function for a lowpy function, e.g. "runtime.strobj.str_len"."""
        if symbol not in self._functions:
            if symbol not in self.meta["functions"]:
                raise KeyError(f"no lowpy function {symbol}")
            params, result = self.meta["functions"][symbol]
            proto = ctypes.CFUNCTYPE(ctype(result), *(ctype(p) for p in params))
            self._functions[symbol] = proto(loader.address(symbol))
        return self._functions[symbol]

    def flush_output(self) -> None:
        """Write out what the runtime's writer still buffers (print's output), as at exit. The
        first failure to write stdout is kept in output_error (an errno) for the exit report."""
        if FLUSH in self.meta["functions"]:
            errnum = self.fn(FLUSH)()
            self.output_error = self.output_error or errnum

    def unbuffer_output(self) -> None:
        """stdout and stderr written through, as `python -u` makes them."""
        for fd in (1, 2):
            self.fn(SET_MODE)(fd, MODE_UNBUFFERED)

    def set_stdout_errors(self, handler: str) -> None:
        """What writing a lone surrogate to stdout does: the error handler of that name."""
        self.fn(SET_ERRORS)(ERROR_HANDLERS[handler])

    def call(self, symbol: str, *args):
        """Call with Roots for Words; a Word result comes back as a Root, a null one raises."""
        params, result = self.meta["functions"][symbol]
        if len(args) != len(params):
            raise TypeError(f"{symbol} takes {len(params)} arguments")
        raw = [a.word if isinstance(a, Root) else a for a in args]
        value = self.fn(symbol)(*raw)
        if result == "Word":
            if value == 0:
                self.raise_pending()
            return Root(self, value)
        return value

    # -- more lowpy -------------------------------------------------------------------

    def compile_lowpy(self, source: str, name: str = "extra", path: str = "<lowpy>", *, dump=None) -> "Runtime":
        """Compile a lowpy module against the runtime and load it; its functions become callable.

        dump, if given, receives the unit's LLVM IR before optimization.
        """
        from pyvm.lowpy.program import compile_unit
        from pyvm.native import engine
        program = runtime_program()
        program.add_source(name, source, path)
        program.declare()
        unit = compile_unit(program, [name], asserts=True, name=name)
        if dump is not None:
            dump(unit.ir)
        loader.load_object(engine.emit_object(engine.optimize(unit.ir)))
        meta = metadata(program, unit)
        for key in ("functions", "structs", "types"):
            self.meta[key].update(meta[key])
        self.meta["collecting"] = sorted(set(self.meta["collecting"]) | set(meta["collecting"]))
        self._start_unit(meta)
        return self

    # -- handles -----------------------------------------------------------------------

    def _take_handle(self, word: int) -> int:
        if self._free_handles:
            i = self._free_handles.pop()
        elif self._unused_handle < HANDLES:
            i = self._unused_handle
            self._unused_handle += 1
        else:
            raise MemoryError("pyvm: the driver's handle table is full")
        self.handles[i] = word
        return i

    def _release_handle(self, i: int):
        self.handles[i] = 0
        self._free_handles.append(i)

    def root(self, word: int) -> Root:
        return Root(self, word)

    # -- memory ------------------------------------------------------------------------

    def offset(self, struct: str, field: str) -> int:
        return self.meta["structs"][struct]["fields"][field][0]

    def read_i64(self, address: int) -> int:
        return ctypes.c_int64.from_address(address).value

    def global_i64(self, symbol: str) -> int:
        return self.read_i64(loader.address(symbol))

    def type_name(self, word: int) -> str:
        if word & 1:
            return "int"
        descriptor = self.read_i64(word)
        return ctypes.string_at(self.read_i64(descriptor + self.offset("runtime.object.Type", "name"))).decode()

    def builtin_type_name(self, word: int) -> str:
        """The name of word's type, or of the builtin type a user class derives from (SystemExit)."""
        if word & 1:
            return "int"
        t = self.read_i64(word)
        while self.read_i64(t + self.offset("runtime.object.Type", "dict")):
            t = self.read_i64(t + self.offset("runtime.object.Type", "base"))
        return ctypes.string_at(self.read_i64(t + self.offset("runtime.object.Type", "name"))).decode()

    def take_pending(self) -> Root:
        """The pending exception, held by a Root; nothing is pending afterwards."""
        address = loader.address("runtime.errors.pending")
        exc = Root(self, self.read_i64(address))
        ctypes.c_int64.from_address(address).value = 0
        return exc

    def clear_pending(self) -> None:
        self.take_pending()

    def raise_pending(self):
        from pyvm.native.bridge import to_py
        exc = self.take_pending()
        if exc.word == 0:
            raise SystemError("pyvm: a runtime function failed without raising")
        name = self.type_name(exc.word)
        args = to_py(self, Root(self, self.read_i64(exc.word + self.offset("runtime.errors.ExceptionObject", "args"))))
        kind = NotSupported if name == "NotSupported" else getattr(builtins, name, RuntimeError)
        try:
            error = kind(*args)
        except TypeError:             # e.g. UnicodeDecodeError wants five arguments: keep the runtime's
            error = kind.__new__(kind)
            error.args = args
        raise error

    # -- conversions (pyvm/native/bridge.py) --------------------------------------------

    def from_py(self, value) -> Root:
        from pyvm.native.bridge import from_py
        return from_py(self, value)

    def to_py(self, root: Root):
        from pyvm.native.bridge import to_py
        return to_py(self, root)

    def word(self, root: Root) -> int:
        return root.word

    # -- statistics --------------------------------------------------------------------

    def gc_stats(self) -> dict:
        names = ("collections", "bytes_copied", "bytes_allocated", "pause_total_ns", "pause_max_ns", "capacity_max")
        stats = {n: self.global_i64(f"gc.heap.{n}") for n in names}
        stats["bytes_allocated"] += self.global_i64("gc.heap.free") - self.global_i64("gc.heap.start")
        return stats

    def how_loaded(self) -> str:
        if self.built:
            return "built"
        return "loaded from the cache" + (f", prelinked at {RUNTIME_ADDRESS:#x}" if self.prelinked else "")

    def report_stats(self, out) -> None:
        s = self.gc_stats()
        out.write(
            f"pyvm stats: runtime {self.how_loaded()} in {self.load_seconds * 1000:.1f} ms\n"
            f"pyvm stats: gc: {s['collections']} collections, {s['bytes_allocated'] / MIB:.1f} MiB allocated, "
            f"{s['bytes_copied'] / MIB:.1f} MiB copied, pause total {s['pause_total_ns'] / 1e6:.2f} ms, "
            f"max {s['pause_max_ns'] / 1e6:.3f} ms, largest semispace {s['capacity_max'] / MIB:.1f} MiB\n")
        c = {n: self.global_i64(f"runtime.attrcache.{n}") for n in ("inline_hits", "hits", "misses", "fills")}
        out.write(f"pyvm stats: attribute caches: {c['inline_hits']} hits in compiled code's first entry, "
                  f"{c['hits']} in the runtime, {c['misses']} misses, {c['fills']} fills\n")


_loaded: list[Runtime] = []


def load_runtime() -> Runtime:
    """The runtime of this process, built on first use on this machine and cached on disk."""
    if _loaded:
        return _loaded[0]
    began = time.perf_counter()
    asserts = switches.flag("PYVM_LOWPY_ASSERTS", default=True)
    key = cache.key_of(build_inputs(asserts))
    # The image's format is the loader's: a change to loader.py makes a new one.
    image_key = cache.key_of([key.encode(), b"prelinked at", hex(RUNTIME_ADDRESS).encode(), cache.stamp(loader.__file__)])
    entry = cache.load(image_key)
    prelinked = entry is not None and loader.load_prelinked(entry[0], entry[1]["image"])
    built = False
    if prelinked:
        meta = entry[1]["runtime"]
    else:
        entry = cache.load(key)
        built = entry is None
        if built:
            data, meta = build(asserts)
            cache.store(key, data, meta)
        else:
            data, meta = entry
        image = loader.load_object(data, at=RUNTIME_ADDRESS)
        if image is not None:
            cache.store(image_key, image[0], {"image": image[1], "runtime": meta})
    rt = Runtime(meta, time.perf_counter() - began, built, key, prelinked)
    rt.start()
    _loaded.append(rt)
    return rt


def cached_runtime_path(rt: Runtime) -> str:
    return os.path.join(cache.cache_dir(), f"{rt.key}.o")
