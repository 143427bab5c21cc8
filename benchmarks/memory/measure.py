"""Resident memory peaks of whole programs under CPython, PyPy and pyvm, side by side.

    python3 benchmarks/memory/measure.py [--repeat R] [--out FILE.md] PROGRAM [PROGRAM ...]

Each program runs as compare.py runs it (the same commands); the peak is the process's maximum
resident set size (wait4's ru_maxrss), the median of R runs. Outputs must equal CPython's.
"""
from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from compare import CPYTHON, PYPY, PYVM, commands      # noqa: E402
from seed_tables import REPO, RUN_ENV                  # noqa: E402


def peak(cmd: list[str]) -> tuple[float, str]:
    """(the peak resident size in MiB, stdout) of one run."""
    proc = subprocess.Popen(cmd, cwd=REPO, stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                            stderr=subprocess.DEVNULL, env=RUN_ENV)
    out = proc.stdout.read()
    _, status, usage = os.wait4(proc.pid, 0)
    proc.returncode = os.waitstatus_to_exitcode(status)
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)}: exit status {proc.returncode}")
    return usage.ru_maxrss / 1024, out.decode()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("programs", nargs="+", type=Path)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    cmds = commands()
    lines = [f"Peak resident memory, MiB, medians of {args.repeat} runs; a ratio below 1: pyvm takes less.", "",
             "| program | CPython | PyPy | pyvm | pyvm/CPython |", "|---|---:|---:|---:|---:|"]
    for program in args.programs:
        peaks = {}
        reference = None
        for name, cmd in cmds.items():
            runs = [peak(cmd + [str(program)]) for _ in range(args.repeat)]
            reference = reference if reference is not None else runs[0][1]
            mismatch = any(out != reference for _, out in runs)
            peaks[name] = "MISMATCH" if mismatch else statistics.median(mib for mib, _ in runs)
        cells = [f"{peaks[n]:.0f}" if isinstance(peaks.get(n), float) else str(peaks.get(n, "-"))
                 for n in (CPYTHON, PYPY, PYVM)]
        ratio = (f"{peaks[PYVM] / peaks[CPYTHON]:.2f}"
                 if all(isinstance(peaks.get(n), float) for n in (CPYTHON, PYVM)) else "-")
        row = f"| {program.name} | {' | '.join(cells)} | {ratio} |"
        print(row, flush=True)
        lines.append(row)
    if args.out:
        args.out.write_text("\n".join(lines) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
