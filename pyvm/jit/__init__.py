"""The JIT: code objects -> native code through LLVM, lazily, one function at a time (DESIGN.md 10).

`Jit.load(module_code)` lays out a module's run-time image (global slots,
constants, `Code` structs); a code object is compiled when it is first called,
through the compile hook the runtime calls back (`runtime.function.compile_hook`).
"""
from __future__ import annotations

import _thread
import ctypes
import os
import sys
import time

from pyvm import switches
from pyvm.bytecode.code import CodeObject, ModuleCode
from pyvm.jit.image import CodeImage, ModuleImage
from pyvm.native import cache, loader

JIT_SOURCES = os.path.dirname(os.path.realpath(__file__))
# The code generated also depends on the instruction table (opcodes.py: which names are builtins).
BYTECODE_SOURCES = os.path.join(os.path.dirname(JIT_SOURCES), "bytecode")


# Bytecode instructions above which a function is compiled without LLVM's optimizations: its time to
# optimize grows faster than the code (nested finally clauses, each copied onto every way out of its
# try body, make 24,000 instructions of ten nested statements: 11 s to compile with them, 5 s without).
HUGE_FUNCTION = 5000

STACK_MARGIN = 1 << 20          # room left below the last Python frame for the runtime and C code
DEFAULT_STACK = 8 << 20
# Frame records live on the native stack, where CPython 3.11 keeps Python frames on the heap: 1000
# calls of a function with 1000 locals need about 8 MiB, the usual whole limit, and a recursion
# 1,000,000 deep (sys.setrecursionlimit(10**6)) about 100 MiB. So a program runs on a thread of its
# own with a stack of PROGRAM_STACK (or the hard limit of the stack's size, if lower), which the
# kernel gives page by page as it is used. Should no such thread start, it runs on the main thread,
# whose stack may grow to WANTED_STACK: Linux keeps at least 128 MiB free below it.
PROGRAM_STACK = 1 << 30
WANTED_STACK = 64 << 20
STACK_FLOOR = "runtime.function.stack_floor"


def run_on_big_stack(fn):
    """fn() on a thread with a big stack (the main thread waits for it), with the stack floor set
    for that stack; on the main thread if the thread cannot start."""
    import resource
    hard = resource.getrlimit(resource.RLIMIT_STACK)[1]
    outcome = []
    done = _thread.allocate_lock()
    done.acquire()

    def body():
        try:
            set_stack_floor(thread_stack_floor())
            outcome.append(fn())
        except BaseException as e:
            outcome.append(e)
        finally:
            done.release()
    try:
        _thread.stack_size(PROGRAM_STACK if hard == resource.RLIM_INFINITY else min(hard, PROGRAM_STACK))
        _thread.start_new_thread(body, ())
    except (RuntimeError, ValueError, MemoryError):
        set_stack_floor(stack_floor())
        return fn()
    finally:
        _thread.stack_size(0)
    while True:
        try:
            done.acquire()
            break
        except KeyboardInterrupt:       # native code cannot be interrupted yet: the program goes on
            pass
    if isinstance(outcome[0], BaseException):
        raise outcome[0]
    return outcome[0]


def set_stack_floor(floor: int) -> None:
    ctypes.c_int64.from_address(loader.address(STACK_FLOOR)).value = floor


def thread_stack_floor() -> int:
    """The lowest address a Python frame record may have on this (non-main) thread's stack: the
    stack's base, from pthread_getattr_np, plus a margin."""
    libc = loader._process
    libc.pthread_self.restype = ctypes.c_ulong
    attr = ctypes.create_string_buffer(64)        # a pthread_attr_t (56 bytes on x86-64)
    if libc.pthread_getattr_np(ctypes.c_ulong(libc.pthread_self()), attr) != 0:
        return 0
    base, size = ctypes.c_void_p(), ctypes.c_size_t()
    libc.pthread_attr_getstack(attr, ctypes.byref(base), ctypes.byref(size))
    libc.pthread_attr_destroy(attr)
    return base.value + STACK_MARGIN


def stack_floor() -> int:
    """The lowest address a Python frame record may have on the main thread's stack: its top
    (from /proc/self/stat) less its size limit (raised towards WANTED_STACK where the hard limit
    allows), less a margin. 0 (no check) if unknown."""
    import resource
    try:
        with open("/proc/self/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        top = int(fields[25])                      # startstack, field 28 of proc(5)
    except (OSError, IndexError, ValueError):
        return 0
    size, hard = resource.getrlimit(resource.RLIMIT_STACK)
    if size == resource.RLIM_INFINITY or size <= 0:
        size = DEFAULT_STACK
    elif size < WANTED_STACK and hard != size:
        wanted = WANTED_STACK if hard == resource.RLIM_INFINITY else min(hard, WANTED_STACK)
        try:
            resource.setrlimit(resource.RLIMIT_STACK, (wanted, hard))
            size = wanted
        except (ValueError, OSError):
            pass
    return max(top - size + STACK_MARGIN, 0)


class Jit:
    def __init__(self, rt, frames: str = "virtual"):
        self.rt = rt
        self.frames = frames            # "virtual" (DESIGN.md 8) or "heap" (the naive baseline)
        self.collecting = set(rt.meta["collecting"])
        self.images: dict[int, CodeImage] = {}          # Code struct address -> image
        self.by_code: dict[int, CodeImage] = {}         # id(CodeObject) -> image
        self.modules: list[ModuleImage] = []          # (they keep their ModuleCode alive, so its id stays its own)
        self._global_functions: dict[int, dict] = {}   # id(ModuleCode) -> analysis.global_functions
        self.compiled = 0
        self.cached = 0
        self.inlined = 0                                # calls compiled inline, in the functions loaded
        self.compile_seconds = 0.0
        self.dump_ir = switches.value_of("PYVM_DUMP_IR")
        self.count_hits = switches.flag("PYVM_STATS")  # compiled code counts its attribute cache hits
        self.cache_key = cache.key_of([rt.key.encode()] + [cache.stamp(p) for p in cache.python_files(JIT_SOURCES)
                                                           + cache.python_files(BYTECODE_SOURCES)])
        self._hook = ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_void_p)(self._compile_hook)
        hook_address = loader.address("runtime.function.compile_hook")
        ctypes.c_void_p.from_address(hook_address).value = ctypes.cast(self._hook, ctypes.c_void_p).value
        from pyvm.jit.tiers import Tiers
        self.tiers = Tiers(self)

    def offset(self, struct: str, field: str) -> int:
        return self.rt.offset(struct, field)

    def builtin_symbol(self, name: str) -> str:
        """The symbol of the runtime's builtin of that name (opcodes.BUILTINS)."""
        return self.rt.meta["builtins"][name]

    def image_of(self, code: CodeObject) -> CodeImage:
        return self.by_code[id(code)]

    def global_functions(self, module: ModuleCode) -> dict:
        """analysis.global_functions, worked out once per module."""
        if id(module) not in self._global_functions:
            from pyvm.jit.analysis import global_functions
            self._global_functions[id(module)] = global_functions(module)
        return self._global_functions[id(module)]

    # -- loading and compiling ------------------------------------------------------------

    def load(self, module: ModuleCode) -> ModuleImage:
        image = ModuleImage(self.rt, module)
        self.modules.append(image)
        for ci in image.codes:
            self.images[ci.code_struct] = ci
            self.by_code[id(ci.code)] = ci
            self.tiers.loaded(ci)
        return image

    def _compile_hook(self, code_struct) -> int:
        self.compile_or_exit(self.images[code_struct])
        return 1

    def compile_or_exit(self, image: CodeImage, osr: int | None = None) -> int:
        return self.or_exit(image, lambda: self.compile(image, osr))

    def or_exit(self, image: CodeImage, work):
        """work(), and should the JIT itself fail on image's code (a bug of pyvm's), say where and stop
        with status 1: a failure inside a ctypes callback would otherwise come back to native code as
        a crash."""
        try:
            return work()
        except Exception as e:
            code = image.code
            self.rt.flush_output()
            sys.stderr.write(f"pyvm: internal error: the JIT failed on {code.qualname} ({code.filename}, line "
                             f"{code.firstlineno}): {type(e).__name__}: {e}\n")
            sys.stderr.flush()
            os._exit(1)

    def cache_key_of(self, image: CodeImage, osr: int | None) -> str:
        return cache.key_of([self.cache_key.encode(), image.symbol.encode(), self.frames.encode(),
                             b"" if osr is None else b"osr%d" % osr, b"counting" if self.count_hits else b""])

    def load_cached(self, image: CodeImage) -> bool:
        """Take the compiled code of a code object from the disk cache, if it is there."""
        return self.compile(image, cached_only=True) != 0

    def compile(self, image: CodeImage, osr: int | None = None, cached_only: bool = False) -> int:
        """Native code for a code object: from the disk cache, or built with LLVM and cached (or, with
        cached_only, 0 if it is not in the cache). Returns the fast entry, or with osr the entry that
        goes on from that loop header (codegen.build_osr). A generator's code gets its resume entry
        instead (codegen.build_resume), which the interpreter's `resume` calls."""
        if image.fast and osr is None:
            return image.fast
        resuming = image.code.suspends
        began = time.perf_counter()
        key = self.cache_key_of(image, osr)
        entry = None if self.dump_ir else cache.load(key)
        if entry is None and cached_only:
            return 0
        loader.perf_labels[image.symbol] = image.code.qualname
        if entry is not None:
            loader.load_object(entry[0])
            self.cached += 1
            self.inlined += entry[1].get("inlined", 0)
        else:
            from pyvm.jit.codegen import FunctionCodegen       # a warm cache needs neither the code generator
            from pyvm.native import engine                     # nor LLVM
            codegen = FunctionCodegen(self, image.code, image)
            ir_text = codegen.build_resume() if resuming else codegen.build() if osr is None else codegen.build_osr(osr)
            if self.dump_ir:
                with open(self.dump_ir, "a") as out:
                    out.write(ir_text + "\n")
            quick = len(image.code.instructions) > HUGE_FUNCTION
            module = engine.optimize(ir_text, level=0 if quick else 2)
            data = engine.emit_object(module, level=0 if quick else 3)
            cache.store(key, data, {"function": image.code.qualname, "inlined": len(codegen.inlined)})
            loader.load_object(data)
            self.compiled += 1
            self.inlined += len(codegen.inlined)
        self.compile_seconds += time.perf_counter() - began
        image.origin = "cache" if entry is not None else "LLVM"
        if osr is not None:
            return loader.address(f"{image.symbol}.osr{osr}")
        if resuming:
            return image.set_resume(loader.address(f"{image.symbol}.resume"))
        image.set_entries(loader.address(f"{image.symbol}.fast"), loader.address(f"{image.symbol}.generic"))
        return image.fast

    def run_module(self, image: ModuleImage) -> int:
        """Run a module's code; returns its result Word (0 when an exception is pending)."""
        if self.tiers.interpreting:
            return self.tiers.run_module(image)
        top = image.codes[0]
        self.compile_or_exit(top)
        return run_on_big_stack(lambda: ctypes.CFUNCTYPE(ctypes.c_int64, ctypes.c_int64)(top.fast)(0))   # no closure

    def report_stats(self, out) -> None:
        out.write(f"pyvm stats: jit: {self.compiled} functions compiled, {self.cached} loaded from the cache, "
                  f"{self.compile_seconds * 1000:.1f} ms; {self.inlined} calls inlined; "
                  f"{self.tiers.report(self.images.values())}\n")
