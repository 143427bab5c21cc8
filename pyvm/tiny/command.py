"""`pyvm tiny`: run a program of the paper's tiny language.

    pyvm tiny FILE [INT...]                  lower to pyvm bytecode and run it with the JIT
    pyvm tiny --frames=heap FILE [INT...]    the same, every frame's registers in a heap array
    pyvm tiny --interp FILE [INT...]         run it with the reference interpreter
    pyvm tiny --dis FILE [INT...]            print the bytecode the JIT route would run

The integers set main's r0, r1, ... Both routes print what PRINT prints, then
`Result: <value>`, and exit 0. A malformed program gives `tiny: FILE:LINE:
message`, a runtime error `tiny: FILE: error: message` (after what was
printed), and exit status 1; a usage error or an unreadable file, 2.
"""
from __future__ import annotations

import re
import signal
import sys

from pyvm import switches
from pyvm.tiny.assembler import Program, TinyError, assemble
from pyvm.tiny.interpreter import TinyRuntimeError, format_value, run

USAGE = "usage: pyvm tiny [--interp | --frames=virtual|heap | --dis] FILE [INT...]"

_UNBOUND = re.compile(r"cannot access local variable '(.*)' where it is not associated with a value")
_COMPARE = re.compile(r"'>' not supported between instances of .*")
_REGISTER = re.compile(r"r[0-9]+")
# Exceptions whose message is already the reference interpreter's (pyvm/runtime/tinyobj.py, frames.py).
TINY_KINDS = (TypeError, IndexError, RecursionError)


def main(argv: list[str]) -> int:
    route, frames = "jit", switches.frames()
    while argv and argv[0].startswith("--"):
        option = argv.pop(0)
        if option == "--interp":
            route = "interp"
        elif option == "--dis":
            route = "dis"
        elif option.startswith("--frames="):
            frames = option.split("=", 1)[1]
        else:
            return usage(f"unknown option {option}")
    if frames not in ("virtual", "heap"):
        return usage(f"--frames must be virtual or heap, not {frames!r}")
    if not argv:
        return usage("no program given")
    path, words = argv[0], argv[1:]
    args = []
    for w in words:
        try:
            args.append(int(w))
        except ValueError:
            return usage(f"argument {w!r} is not an integer")
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as e:
        detail = f"[Errno {e.errno}] {e.strerror}" if isinstance(e, OSError) else str(e)
        print(f"tiny: can't open file {path!r}: {detail}", file=sys.stderr)
        return 2
    try:
        program = assemble(text, path)
    except TinyError as e:
        print(f"tiny: {e}", file=sys.stderr)
        return 1
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)      # like CPython: a closed pipe ends the program quietly
    if route == "interp":
        return run_interpreter(program, args)
    if route == "dis":
        from pyvm.bytecode.dis import disassemble
        from pyvm.tiny.lowering import lower
        sys.stdout.write(disassemble(lower(program, args)))
        return 0
    return run_jit(program, args, frames)


def usage(message: str) -> int:
    print(f"tiny: {message}\n{USAGE}", file=sys.stderr)
    return 2


def runtime_error(program: Program, message: str) -> int:
    sys.stderr.write(f"tiny: {program.filename}: error: {message}\n")
    return 1


def run_interpreter(program: Program, args: list) -> int:
    if hasattr(sys, "set_int_max_str_digits"):
        sys.set_int_max_str_digits(0)                  # tiny ints print in full, however long
    out = sys.stdout
    if getattr(out, "encoding", "utf-8").lower().replace("-", "") != "utf8" and hasattr(out, "reconfigure"):
        out.reconfigure(encoding="utf-8")              # the ∘ of compositions
    try:
        result = run(program, args, out.write)
    except TinyRuntimeError as e:
        out.flush()
        return runtime_error(program, e.message)
    out.write(f"Result: {format_value(result)}\n")
    out.flush()
    return 0


def run_jit(program: Program, args: list, frames: str) -> int:
    from pyvm.jit import Jit
    from pyvm.native import load_runtime
    from pyvm.tiny.lowering import lower
    module = lower(program, args)
    rt = load_runtime()
    jit = Jit(rt, frames) if frames != "virtual" else Jit(rt)
    image = jit.load(module)
    result = jit.run_module(image)
    status = 0
    if not result:
        rt.flush_output()
        status = runtime_error(program, pending_message(rt))
    rt.flush_output()
    if switches.flag("PYVM_STATS"):
        rt.report_stats(sys.stderr)
        jit.report_stats(sys.stderr)
    return status


def pending_message(rt) -> str:
    """The pending exception of the JIT route, in the reference interpreter's words."""
    try:
        rt.raise_pending()
    except BaseException as e:
        return translate(e)
    return "SystemError: no exception was pending"


def translate(e: BaseException) -> str:
    """An exception of the JIT route as the reference interpreter words it."""
    text = str(e)
    if isinstance(e, UnboundLocalError):
        # CHECK_BOUND of the lowering: a register read before it was set, or a function's end.
        m = _UNBOUND.fullmatch(text)
        if m is not None:
            name = m.group(1)
            return f"register {name} is not set" if _REGISTER.fullmatch(name) else name
    elif isinstance(e, TypeError) and _COMPARE.fullmatch(text):
        return "cannot JUMP_IF_ABOVE on a function"       # only JUMP_IF_ABOVE lowers to COMPARE
    elif isinstance(e, TINY_KINDS):
        return text
    return f"{type(e).__name__}: {text}" if text else type(e).__name__
