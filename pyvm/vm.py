"""Running a Python program: front end, runtime, JIT, and the exit status `python` would give."""
from __future__ import annotations

import ctypes
import errno
import gc
import os
import _signal as signal        # the C module: signal.py builds enums of every signal (4 ms)
import sys

from pyvm import switches
from pyvm.frontend import cache as frontend_cache
from pyvm.frontend.compiler import Unsupported, paused_collector
from pyvm.native import loader

PENDING = "runtime.errors.pending"
CLOSE_AT_EXIT = "baseline.generators.close_at_exit"
CLOSED_AT_EXIT = "baseline.generators.exit_closed"


def run_source(source, filename: str, argv: list[str], frames: str = "virtual", show_locals: bool = False,
               unbuffered: bool = False) -> int:
    """Compile and run a program (source as str, or as the file's bytes); returns the exit status.
    unbuffered: stdout and stderr are written through (python -u; PYTHONUNBUFFERED does it too)."""
    module = compile_or_report(source, filename)
    if module is None:
        return 1
    unsupported = unsupported_stdout()
    if unsupported:
        sys.stderr.write(f"pyvm: not supported yet: {unsupported}\n")
        return 1
    from pyvm.jit import Jit
    from pyvm.native import load_runtime
    # As CPython: writing to a closed pipe raises BrokenPipeError instead of killing the process.
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    rt = load_runtime()
    configure_output(rt, unbuffered)
    install_attribute_hook(rt)
    jit = Jit(rt, frames)
    set_argv(rt, argv)
    with paused_collector():
        image = jit.load(module)
    gc.freeze()                     # the module's many objects: the collector need not look at them again
    bind_module_names(rt, image, filename)
    result = jit.run_module(image)
    status = 0 if result else uncaught(rt, jit, image, show_locals)
    status = close_generators(rt, jit, image, status, show_locals)
    rt.flush_output()
    if rt.output_error:
        status = report_output_error(rt.output_error)
    if switches.flag("PYVM_STATS"):
        rt.report_stats(sys.stderr)
        sys.stderr.write(frontend_cache.Stats.report())
        jit.report_stats(sys.stderr)
    return status


def close_generators(rt, jit, image, status: int, show_locals: bool) -> int:
    """Close the generators left suspended in a try statement, as CPython's finalization does
    (baseline/generators.py close_at_exit); the exit status."""
    close = rt.fn(CLOSE_AT_EXIT)
    names = image.globals, len(image.module.global_names)
    while True:
        outcome = close(*names)
        if outcome == 0:
            return status
        if outcome == 3:                            # one died there: when CPython closed it, pyvm cannot know
            return uncaught(rt, jit, image, show_locals)
        if outcome == 2:
            from pyvm.tracebacks import format_unraisable
            text = format_unraisable(rt, jit, rt.global_i64(CLOSED_AT_EXIT), rt.take_pending())
            rt.flush_output()
            sys.stderr.write(text)


def compile_or_report(source, filename: str):
    """The module compiled from source (str, or the file's bytes); None after reporting on stderr
    why it could not be, as `python` reports it (exit status 1)."""
    try:
        return frontend_cache.compile_cached(source, filename)
    except SyntaxError as e:
        report_syntax_error(e, source)
    except MemoryError:
        sys.stderr.write("MemoryError\n")          # what CPython's parser gives for absurd nesting
    except Unsupported as e:
        sys.stderr.write(f"pyvm: not supported yet: {e.what} ({filename}, line {e.line})\n")
    except RecursionError:
        sys.stderr.write(f"pyvm: not supported yet: expressions nested this deeply ({filename})\n")
    return None


def host_type(name: str):
    """The host CPython's type for pyvm's type of that name (None when there is none)."""
    import builtins, io, types
    others = {"NoneType": types.NoneType, "function": types.FunctionType, "module": types.ModuleType,
              "builtin_function_or_method": types.BuiltinFunctionType, "frame": types.FrameType,
              "code": types.CodeType, "traceback": types.TracebackType, "_io.TextIOWrapper": io.TextIOWrapper,
              "list_iterator": type(iter([])), "range_iterator": type(iter(range(0))),
              "longrange_iterator": type(iter(range(2 ** 64))), "dict_keys": type({}.keys()),
              "dict_keyiterator": type(iter({}))}
    return others.get(name, getattr(builtins, name, None))


def host_object(owner: str, is_module: bool):
    """The host CPython's module (is_module) or type of that name (None when there is none)."""
    if is_module:
        return sys.modules.get(owner) if owner in sys.builtin_module_names else None
    return host_type(owner)


def install_attribute_hook(rt) -> None:
    """Let the runtime ask, before it raises AttributeError, whether CPython's object would have
    had the attribute: then the program needs what pyvm lacks, and stops with NotSupported."""
    def has_attribute(owner: bytes, name: int, is_module: bool) -> bool:
        from pyvm.native.runtime import Root
        # "object()": an instance of object (for those of user classes), which lacks type's attributes
        text = rt.to_py(Root(rt, name))
        host = object() if owner == b"object()" else host_object(owner.decode(), is_module)
        return host is not None and isinstance(text, str) and hasattr(host, text)
    rt.attribute_hook = ctypes.CFUNCTYPE(ctypes.c_bool, ctypes.c_char_p, ctypes.c_int64, ctypes.c_bool)(has_attribute)
    ctypes.c_void_p.from_address(loader.address("runtime.ops.cpython_has_attribute")).value = \
        ctypes.cast(rt.attribute_hook, ctypes.c_void_p).value


BACKSLASH_AT_END = "unexpected EOF while parsing"
# Errors of CPython's tokenizer: reading a file, it places them as when parsing a string.
TOKENIZER_ERRORS = ("unindent does not match any outer indentation level",
                    "inconsistent use of tabs and spaces in indentation", "too many levels of indentation",
                    BACKSLASH_AT_END)


def report_syntax_error(e: SyntaxError, source) -> None:
    """Print e as `python` does: with CPython's own printer, whose carets are not those of the
    traceback module. The front end parses a string, where CPython reads a file (source in bytes;
    `-c CODE` is a string for both): a parser error at the end of the file (`try:` with no except
    clause, `if x:` with no body) then has no column, so no caret; nor has a backslash ending the
    file alone on its line."""
    if not isinstance(source, bytes):
        pass
    elif e.msg == BACKSLASH_AT_END and (e.text or "").strip() == "\\":
        e.offset = 0
    elif e.end_offset == -1 and e.msg not in TOKENIZER_ERRORS and e.lineno is not None:
        if not any(line.strip() for line in source.decode("latin-1").splitlines()[e.lineno:]):
            e.offset = 0
    sys.__excepthook__(type(e), e.with_traceback(None), None)


def configure_output(rt, unbuffered: bool) -> None:
    """stdout and stderr as CPython sets them up in this environment."""
    if unbuffered or os.environ.get("PYTHONUNBUFFERED"):
        rt.unbuffer_output()
    rt.set_stdout_errors(stdout_errors())
    if sys.__stdout__ is None:          # started with fd 1 closed
        rt.fn("runtime.sysmodule.sys_stdout_unconnected")()


def stdout_errors() -> str:
    """The error handler CPython gives sys.stdout in this environment (from the locale, PYTHONUTF8
    and PYTHONIOENCODING): the host interpreter, started in the same environment, has chosen it."""
    return getattr(sys.__stdout__, "errors", None) or "strict"


def unsupported_stdout() -> str | None:
    """What pyvm cannot yet write stdout as, should the environment ask for it."""
    from pyvm.native.runtime import ERROR_HANDLERS
    stdout = sys.__stdout__
    encoding = getattr(stdout, "encoding", None) or "utf-8"
    if encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
        return f"stdout encoded as {encoding} (pyvm writes UTF-8)"
    errors = stdout_errors()
    if errors not in ERROR_HANDLERS:
        return f"the error handler {errors!r} for stdout"
    return None


def report_output_error(errnum: int) -> int:
    """CPython's report of stdout failing to flush at exit, and its exit status."""
    kind = "BrokenPipeError" if errnum in (errno.EPIPE, errno.ESHUTDOWN) else "OSError"     # errors.os_error_kind
    sys.stderr.write("Exception ignored in: <_io.TextIOWrapper name='<stdout>' mode='w' encoding='utf-8'>\n"
                     f"{kind}: [Errno {errnum}] {os.strerror(errnum)}\n")
    return 120


def set_argv(rt, argv):
    address = loader.address("runtime.sysmodule.argv")
    ctypes.c_int64.from_address(address).value = rt.from_py(list(argv)).word


def bind_module_names(rt, image, filename: str) -> None:
    """Bind what CPython's runpy binds in __main__'s namespace before the script runs (MODULE_NAMES),
    those of them the program names."""
    values = {"__name__": "__main__", "__doc__": image.module.doc, "__package__": None, "__spec__": None,
              "__annotations__": {}}
    if filename != "<string>":                  # python -c: no file
        values.update(__file__=filename, __cached__=None)
    names = image.module.global_names
    for name, value in values.items():
        if name in names:
            image.globals_array[names.index(name)] = rt.from_py(value).word     # a root: kept up to date
    if "__builtins__" in names:
        image.globals_array[names.index("__builtins__")] = loader.address("runtime.sysmodule.BUILTINS")


def bound_globals(image) -> list[str]:
    return [name for i, name in enumerate(image.module.global_names) if image.globals_array[i]]


def uncaught(rt, jit, image, show_locals: bool = False) -> int:
    """Report the pending exception as CPython does at top level; returns the exit status."""
    from pyvm.tracebacks import format_uncaught, not_supported, system_exit     # only a failing program pays
    kind = rt.type_name(rt.global_i64(PENDING))
    if rt.builtin_type_name(rt.global_i64(PENDING)) == "SystemExit":
        kind = "SystemExit"             # a subclass exits as SystemExit; of KeyboardInterrupt, CPython takes the exact type
    exc = rt.take_pending()
    if kind == "SystemExit":
        status, text = system_exit(rt, jit, exc)
    elif kind == "NotSupported":
        status, text = 1, not_supported(rt, jit, exc)
    else:
        status, text = 1, format_uncaught(rt, jit, exc, bound_globals(image), show_locals)
    rt.flush_output()
    sys.stderr.write(text)
    if kind == "KeyboardInterrupt":     # CPython ends by SIGINT, so that its parent sees the interrupt
        sys.stderr.flush()
        signal.signal(signal.SIGINT, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGINT)
    return status
