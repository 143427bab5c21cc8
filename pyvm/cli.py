"""The `pyvm` command: HELP says what it does."""
from __future__ import annotations

import os
import sys

from pyvm import switches


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
    if switches.flag("PYVM_STATS"):
        rt.report_stats(sys.stderr)


def show_runtime(args) -> int:
    from pyvm.native import load_runtime
    from pyvm.native.runtime import cached_runtime_path
    rt = load_runtime()
    print(f"runtime {rt.how_loaded()} in {rt.load_seconds * 1000:.1f} ms: {cached_runtime_path(rt)}")
    print(f"{len(rt.meta['functions'])} functions, {len(rt.meta['structs'])} structs")
    return 0


HELP = """\
usage: pyvm [option] ... [-c cmd | file] [arg] ...
       pyvm dis [--facts] FILE | tiny [--interp] FILE [INT...] | lowpy [--emit-ir] FILE | runtime

Runs a Python 3.11 program as `python3 file` does, compiled to native code through LLVM.

Options:
  -c cmd          run the program in the string cmd (ends the options, as a file does)
  -u              stdout and stderr unbuffered (also PYTHONUNBUFFERED=x)
  --frames=heap   keep every frame's registers in a heap array (the naive baseline)
  --show-locals   on an uncaught exception, list each frame's local variables in the traceback
  -h, --help      print this help and exit
  -V, --version   print pyvm's version and exit
  file            the program to run; arg ...: its sys.argv[1:]

Commands:
  dis [--facts] FILE         print the register bytecode of every code object (--facts: with
                             what the JIT's analyses find at each instruction)
  tiny [--interp] FILE [INT...]
                             run a program of the paper's tiny language (with the JIT, or
                             the reference interpreter)
  lowpy [--emit-ir] FILE     compile a lowpy module against the runtime and run its main()
  runtime                    build or load the runtime and say where it is cached

Environment variables: PYVM_STATS, PYVM_FRAMES, PYVM_GC_STRESS, PYVM_HEAP_INITIAL_MB,
PYVM_HEAP_MAX_MB, PYVM_LOWPY_ASSERTS, PYVM_CACHE_DIR, PYVM_DUMP_IR (README.md, "Switches").
"""
USAGE = "usage: pyvm [option] ... [-c cmd | file] [arg] ...\nTry `pyvm -h' for more information.\n"
PYTHON_FLAGS = "bBdEiIOPqRsStvx"       # CPython's options pyvm has not (yet); -W and -X take an argument


def usage_error(message: str) -> int:
    """What python prints for a bad command line, and its exit status."""
    sys.stderr.write(f"{message}\n{USAGE}")
    return 2


def not_supported(what: str) -> int:
    print(f"pyvm: not supported yet: {what}", file=sys.stderr)
    return 1


def version() -> str:
    """pyvm's version: in a source tree pyproject.toml's, else the installed package's metadata."""
    project = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "pyproject.toml")
    if os.path.exists(project):
        import tomllib
        with open(project, "rb") as f:
            return tomllib.load(f)["project"]["version"]
    from importlib import metadata
    return metadata.version("pyvm")


def run_python(argv) -> int:
    """Read the options as python's getopt does (letters may be grouped: -uc CODE), then run."""
    from pyvm.vm import run_source
    frames = switches.frames()
    show_locals = unbuffered = show_help = show_version = False
    code = None
    while code is None and argv and argv[0].startswith("-") and argv[0] != "-":
        arg, argv = argv[0], argv[1:]
        if arg == "--":
            break
        if arg.startswith("--"):
            if arg == "--show-locals":
                show_locals = True
            elif arg.startswith("--frames="):
                frames = arg.split("=", 1)[1]
            elif arg in ("--help", "--version"):
                show_help, show_version = show_help or arg == "--help", show_version or arg == "--version"
            elif arg in ("--help-env", "--help-xoptions", "--help-all", "--check-hash-based-pycs"):
                return not_supported(f"the option {arg}")
            else:
                return usage_error(f"unknown option {arg}")
            continue
        for i, letter in enumerate(arg[1:], 2):
            if letter in "cmWX":                    # the rest of arg, or the next one, is its argument
                if i == len(arg) and not argv:
                    return usage_error(f"Argument expected for the -{letter} option")
                if letter != "c":
                    return not_supported("-m (running a module)" if letter == "m" else f"the option -{letter}")
                code = arg[i:] or argv.pop(0)
                break
            if letter == "u":
                unbuffered = True
            elif letter in "h?":
                show_help = True
            elif letter == "V":
                show_version = True
            elif letter in PYTHON_FLAGS:
                return not_supported(f"the option -{letter}")
            else:
                return usage_error(f"Unknown option: -{letter}")
    if show_help:
        sys.stdout.write(HELP)
        return 0
    if show_version:
        print(f"pyvm {version()}")
        return 0
    if frames not in ("virtual", "heap"):
        print(f"pyvm: --frames must be virtual or heap, not {frames!r}", file=sys.stderr)
        return 2
    if code is not None:
        return run_source(code, "<string>", ["-c"] + argv, frames, show_locals, unbuffered)
    if not argv or argv[0] == "-":
        return not_supported("the interactive interpreter, and a program read from stdin")
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
    """pyvm dis [--facts] FILE; --facts: the JIT's facts under each instruction (jit/passes.py)."""
    from pyvm.bytecode.dis import disassemble as dis
    from pyvm.vm import compile_or_report
    path = argv[-1]
    try:
        with open(path, "rb") as f:
            source = f.read()
    except OSError as e:
        print(f"pyvm dis: {e}", file=sys.stderr)
        return 1
    module = compile_or_report(source, path)        # a program that cannot run is reported as running it does
    if module is None:
        return 1
    notes = None
    if argv[0] == "--facts":
        from pyvm.jit import passes
        from pyvm.jit.analysis import global_functions
        functions = global_functions(module)
        notes = lambda code: (lambda index, facts=passes.run(code, functions): passes.facts_at(code, facts, index))
    sys.stdout.write(dis(module, notes))
    return 0


def main(argv=None) -> int:
    try:
        switches.check()                # before anything runs
        return command(sys.argv[1:] if argv is None else argv)
    except switches.FatalError as e:
        print(e, file=sys.stderr)
        return 1
    except switches.BadSwitch as e:
        print(f"pyvm: {e}", file=sys.stderr)
        return 1


def command(argv) -> int:
    if argv and argv[0] == "tiny":
        from pyvm.tiny.command import main as tiny
        return tiny(argv[1:])
    if argv and argv[0] == "dis":
        if not (len(argv) == 2 and argv[1] != "--facts" or len(argv) == 3 and argv[1] == "--facts"):
            print("usage: pyvm dis [--facts] FILE", file=sys.stderr)
            return 2
        return disassemble(argv[1:])
    if not argv or argv[0] not in ("lowpy", "runtime"):
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
        return run_lowpy(args) if args.command == "lowpy" else show_runtime(args)
    except LowpyError as e:
        print(e, file=sys.stderr)
        return 1


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
