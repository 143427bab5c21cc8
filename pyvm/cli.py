"""The `pyvm` command.

    pyvm [-u] [--frames=heap] [--show-locals] FILE [ARGS...]
                               run a Python program, as `python FILE` does
                               (-u: stdout and stderr unbuffered, as PYTHONUNBUFFERED=1 makes them too;
                               --frames=heap keeps every frame's registers in a heap array: the naive baseline;
                               --show-locals lists each frame's local variables in a traceback)
    pyvm -c CODE [ARGS...]     run a string of code
    pyvm dis FILE              print the register bytecode of every code object
    pyvm lowpy FILE            compile a lowpy module against the runtime and run its main() -> i64
    pyvm lowpy --emit-ir FILE  print the module's LLVM IR instead
    pyvm runtime               build (or load) the runtime and say where it is cached and how long it took

PYVM_STATS=1 prints the collector's statistics to stderr at exit;
PYVM_GC_STRESS=1 collects at every allocation.
"""
from __future__ import annotations

import os
import sys


def run_lowpy(args) -> int:
    from pathlib import Path
    from pyvm.native import load_runtime
    path = Path(args.file)
    try:
        source = path.read_text(encoding="utf-8")
    except OSError as e:
        print(f"pyvm: can't open file '{args.file}': [Errno {e.errno}] {e.strerror}", file=sys.stderr)
        return 2
    except UnicodeDecodeError as e:
        print(f"lowpy: {args.file}: not UTF-8 text: {e.reason} at byte {e.start}", file=sys.stderr)
        return 1
    rt = load_runtime()
    if args.emit_ir:
        rt.compile_lowpy(source, "main", str(path), dump=sys.stdout.write)
        return 0
    rt.compile_lowpy(source, "main", str(path))
    if "main.main" not in rt.meta["functions"]:
        print(f"pyvm: {path}: a lowpy program needs `def main() -> i64`", file=sys.stderr)
        return 1
    result = rt.call("main.main")
    finish(rt)
    return int(result) if isinstance(result, int) else 0


def finish(rt) -> None:
    rt.flush_output()
    if os.environ.get("PYVM_STATS") == "1":
        rt.report_stats(sys.stderr)


def show_runtime(args) -> int:
    from pyvm.native import load_runtime
    from pyvm.native.runtime import cached_runtime_path
    rt = load_runtime()
    print(f"runtime {rt.how_loaded()} in {rt.load_seconds * 1000:.1f} ms: {cached_runtime_path(rt)}")
    print(f"{len(rt.meta['functions'])} functions, {len(rt.meta['structs'])} structs")
    return 0


def run_python(argv) -> int:
    from pyvm.vm import run_source
    frames = os.environ.get("PYVM_FRAMES", "virtual")
    show_locals = unbuffered = False
    while argv and (argv[0].startswith("--frames=") or argv[0] in ("--show-locals", "-u")):
        if argv[0] == "--show-locals":
            show_locals = True
        elif argv[0] == "-u":
            unbuffered = True
        else:
            frames = argv[0].split("=", 1)[1]
        argv = argv[1:]
    if frames not in ("virtual", "heap"):
        print(f"pyvm: --frames must be virtual or heap, not {frames!r}", file=sys.stderr)
        return 2
    if not argv:
        print("pyvm: no program given", file=sys.stderr)
        return 2
    if argv[0] == "-c":
        if len(argv) < 2:
            print("Argument expected for the -c option", file=sys.stderr)
            return 2
        return run_source(argv[1], "<string>", ["-c"] + argv[2:], frames, show_locals, unbuffered)
    path = argv[0]
    if os.path.isdir(path):             # CPython runs the directory's __main__.py
        if os.path.exists(os.path.join(path, "__main__.py")):
            print(f"pyvm: not supported yet: running a directory's __main__.py ({path})", file=sys.stderr)
        else:
            print(f"pyvm: can't find '__main__' module in {path!r}", file=sys.stderr)
        return 1
    try:
        with open(path, "rb") as f:
            source = f.read()           # bytes: the parser reports encoding errors as CPython does
    except OSError as e:
        print(f"pyvm: can't open file {script_path(path)!r}: [Errno {e.errno}] {e.strerror}",
              file=sys.stderr)
        return 2
    return run_source(source, script_path(path), argv, frames, show_locals, unbuffered)


def script_path(path: str) -> str:
    """The main script's name in code objects, tracebacks and __file__: since 3.9, CPython makes it
    absolute by putting the working directory before it, without normalizing (`./x.py` is
    `/cwd/./x.py`)."""
    return path if path.startswith("/") else os.getcwd() + "/" + path


def disassemble(argv) -> int:
    from pyvm.bytecode.dis import disassemble as dis
    from pyvm.frontend.compiler import Unsupported, compile_module
    path = argv[0]
    try:
        with open(path, "rb") as f:
            module = compile_module(f.read(), path)
    except (SyntaxError, Unsupported, OSError) as e:
        print(f"pyvm dis: {e}", file=sys.stderr)
        return 1
    sys.stdout.write(dis(module))
    return 0


def main(argv=None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if argv and argv[0] == "tiny":
        from pyvm.tiny.command import main as tiny
        return tiny(argv[1:])
    if argv and argv[0] == "dis" and len(argv) == 2:
        return disassemble(argv[1:])
    if argv and argv[0] not in ("lowpy", "runtime", "-h", "--help"):
        return run_python(argv)
    import argparse                    # only here: running a program skips its import (and gettext's)
    parser = argparse.ArgumentParser(prog="pyvm", description="A Python VM that runs programs as native code.")
    sub = parser.add_subparsers(dest="command")
    lowpy = sub.add_parser("lowpy", help="compile and run a lowpy module against the runtime")
    lowpy.add_argument("--emit-ir", action="store_true", help="print the LLVM IR instead of running")
    lowpy.add_argument("file")
    sub.add_parser("runtime", help="build or load the runtime and report on it")
    args = parser.parse_args(argv)
    from pyvm.lowpy.errors import LowpyError
    try:
        if args.command == "lowpy":
            return run_lowpy(args)
        if args.command == "runtime":
            return show_runtime(args)
    except LowpyError as e:
        print(e, file=sys.stderr)
        return 1
    parser.print_help(sys.stderr)
    return 2


def exit_now(status: int) -> None:
    """Leave the process with status, without finalizing the host interpreter (3 ms of every run:
    its modules and objects torn down one by one). Everything pyvm writes is out once stdout and
    stderr are flushed; should flushing fail, the usual exit reports it as Python does."""
    try:
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:
        sys.exit(status)
    os._exit(status)


if __name__ == "__main__":
    exit_now(main())
