"""Whole programs under CPython, PyPy and pyvm, side by side: medians and ratios.

    python3 benchmarks/compare.py [--repeat R] [--out FILE.md] PROGRAM [PROGRAM ...]
    python3 benchmarks/compare.py benchmarks/calls/*.py --out benchmarks/results/calls.md

Each program runs as a whole process, without arguments, under CPython (this interpreter), PyPy
(`pypy3`, when on PATH) and pyvm (the installed `pyvm` command), as seed_tables.py runs them:
one untimed run of each first (it fills pyvm's disk cache; its time is shown as "pyvm first",
which compiled the program unless an earlier run had cached it), then R rounds (default 5), interleaved in a rotating order so that noise on the
machine hits every implementation alike. The table shows the median wall time of each and the
ratios CPython/pyvm and PyPy/pyvm (above 1: pyvm is faster). Every run's stdout must equal
CPython's; a difference is marked MISMATCH and the exit status is 1. `--cpu` shows the CPU time
(user + system) of each process instead of its wall time: on a machine busy with other work the
wall time measures the others as much as the program.
"""
from __future__ import annotations

import argparse
import datetime
import platform
import resource
import shutil
import statistics
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from seed_tables import pyvm_command, run_once          # noqa: E402  (one way to run a process)

CPYTHON, PYPY, PYVM = "CPython", "PyPy", "pyvm"


def commands() -> dict:
    pypy = shutil.which("pypy3")
    cmds = {CPYTHON: [sys.executable], PYVM: pyvm_command()}
    if pypy:
        cmds[PYPY] = [pypy]
    return cmds


def children_cpu_ms() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (usage.ru_utime + usage.ru_stime) * 1000


def run_timed(cmd: list[str], timeout: float, cpu: bool):
    """run_once, its ms the CPU time of the process when cpu is set."""
    before = children_cpu_ms()
    run = run_once(cmd, timeout)
    if cpu:
        run.ms = children_cpu_ms() - before
    return run


def measure(program: Path, cmds: dict, repeat: int, timeout: float, cpu: bool = False) -> dict:
    """Implementation -> (median ms or None, first run ms, error or '') for one program."""
    first = {name: run_timed(cmd + [str(program)], timeout, cpu) for name, cmd in cmds.items()}
    reference = first[CPYTHON].stdout
    times = {name: [] for name in cmds}
    errors = {name: ("" if run.ok else run.error) for name, run in first.items()}
    for name, run in first.items():
        if run.ok and run.stdout != reference:
            errors[name] = "MISMATCH"
    names = [name for name in cmds if not errors[name]]
    for rep in range(repeat):
        for name in names[rep % len(names):] + names[:rep % len(names)]:
            run = run_timed(cmds[name] + [str(program)], timeout, cpu)
            if not run.ok:
                errors[name] = run.error
            elif run.stdout != reference:
                errors[name] = "MISMATCH"
            else:
                times[name].append(run.ms)
    return {name: (statistics.median(times[name]) if times[name] and not errors[name] else None,
                   first[name].ms, errors[name]) for name in cmds}


def ratio(a, b) -> str:
    return f"{a / b:.2f}" if a and b else "-"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("programs", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--out", type=Path)
    parser.add_argument("--cpu", action="store_true", help="CPU time (user + system) rather than wall time")
    args = parser.parse_args()
    cmds = commands()
    what = "CPU time (user + system)" if args.cpu else "wall time"
    lines = [f"Measured {datetime.date.today()} on {platform.machine()}, {platform.python_version()}; "
             f"medians of {args.repeat} runs, whole processes (start-up included), {what} in ms; "
             "a ratio above 1: pyvm is faster.", "",
             "| program | CPython | PyPy | pyvm | pyvm first | CPython/pyvm | PyPy/pyvm |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    failed = False
    for program in args.programs:
        result = measure(program, cmds, args.repeat, args.timeout, args.cpu)
        cells = []
        for name in (CPYTHON, PYPY, PYVM):
            median, _, error = result.get(name, (None, 0, "absent"))
            failed |= error not in ("", "absent")
            cells.append(f"{median:.0f}" if median else error or "-")
        cpython, pypy, pyvm = (result.get(n, (None,))[0] for n in (CPYTHON, PYPY, PYVM))
        row = (f"| {program.name} | {' | '.join(cells)} | {result[PYVM][1]:.0f} | "
               f"{ratio(cpython, pyvm)} | {ratio(pypy, pyvm)} |")
        print(row, flush=True)
        lines.append(row)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
