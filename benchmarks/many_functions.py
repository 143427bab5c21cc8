"""A generated program of many functions, each called a few times: what start-up costs when the code
is large and nothing in it is hot (docs/tiers.md).

    python3 benchmarks/many_functions.py [--functions 500] [--repeat 5] [--out FILE.md]

It writes a program of N functions of 40 lines each (20,000 lines for 500) to a fresh folder, with
names no earlier run used, so that pyvm's disk cache holds nothing of it; then times, as whole
processes: CPython; pyvm's first run (cold: nothing of the program in the cache, each time a program
with new names); pyvm's later runs (warm); PyPy when `pypy3` is on PATH. Every output must equal
CPython's.
"""
from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from compare import commands, CPYTHON, PYPY, PYVM          # noqa: E402
from seed_tables import run_once                          # noqa: E402

BODY = """\
def {name}(n, items):
    total = 0
    for i in range(n):
        if i % 3 == 0:
            total += i * {k}
        elif i % 3 == 1:
            total -= i // 2
        else:
            total ^= i
    values = []
    for x in items:
        values.append(x * 2 + {k})
    a, b = 0, 1
    count = 0
    while count < {k} % 7 + 3:
        a, b = b, a + b
        count += 1
    if total > 1000:
        total = total % 1000
    pair = (total, a)
    first = pair[0]
    second = pair[-1]
    label = "f" + str({k})
    size = len(label) + len(values)
    best = max(values) if values else 0
    worst = min(values) if values else 0
    spread = best - worst
    try:
        ratio = total // (spread - spread)
    except ZeroDivisionError:
        ratio = -1
    result = first + second + size + spread + ratio
    if result < 0:
        result = -result
    for j in range(3):
        result = (result * 31 + j) % 1000003
    checks = [result % 2 == 0, result % 3 == 0]
    if checks[0] and not checks[1]:
        result += 1
    result += {previous}
    return result
"""


def program(functions: int, nonce: str) -> str:
    parts = []
    for k in range(functions):
        name = f"f_{nonce}_{k}"
        previous = f"f_{nonce}_{k - 1}(0, [])" if k and k % 50 else "0"     # a short chain of calls
        parts.append(BODY.format(name=name, k=k, previous=previous))
    parts.append("functions = [" + ", ".join(f"f_{nonce}_{k}" for k in range(functions)) + "]\n")
    parts.append("checksum = 0\n"
                 "for k in range(3):\n"
                 "    for i in range(len(functions)):\n"
                 "        checksum = (checksum + functions[i](k + 5, [k, i])) % 1000000007\n"
                 "print(checksum)\n")
    return "".join(parts)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--functions", type=int, default=500)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", type=Path)
    args = parser.parse_args()
    cmds = commands()
    folder = Path(tempfile.mkdtemp(prefix="pyvm-many-"))
    nonce = f"{os.getpid()}_{int(time.time())}"

    def fresh(k: int) -> Path:
        """A program with names no run has seen, so that pyvm's caches hold nothing of it."""
        path = folder / f"many{k}.py"
        path.write_text(program(args.functions, f"{nonce}_{k}"))
        return path

    path = fresh(0)
    lines = sum(1 for _ in path.open())
    reference = run_once(cmds[CPYTHON] + [str(path)], 600)
    cold = [run_once(cmds[PYVM] + [str(path)], 600)]
    times = {name: [] for name in cmds}
    for k in range(1, args.repeat + 1):
        for name, cmd in cmds.items():
            run = run_once(cmd + [str(path)], 600)
            if run.ok and run.stdout == reference.stdout:
                times[name].append(run.ms)
        if k < args.repeat:                         # as many cold runs as warm ones, each of a new program
            cold.append(run_once(cmds[PYVM] + [str(fresh(k))], 600))
    same = all(run.ok and run.stdout == reference.stdout for run in cold)
    median = {name: statistics.median(t) if t else None for name, t in times.items()}
    cold_ms = statistics.median(run.ms for run in cold)
    rows = [f"{args.functions} functions, {lines} lines; medians of {args.repeat} runs, ms", "",
            "| | ms | /CPython |", "|---|---:|---:|",
            f"| CPython | {median[CPYTHON]:.0f} | 1.00 |",
            f"| pyvm, first run (cold cache){'' if same else ' MISMATCH'} | {cold_ms:.0f} | "
            f"{cold_ms / median[CPYTHON]:.2f} |"]
    if median[PYVM]:
        rows.append(f"| pyvm, later runs (warm cache) | {median[PYVM]:.0f} | {median[PYVM] / median[CPYTHON]:.2f} |")
    if median.get(PYPY):
        rows.append(f"| PyPy | {median[PYPY]:.0f} | {median[PYPY] / median[CPYTHON]:.2f} |")
    text = "\n".join(rows) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text)
    return 0 if same else 1


if __name__ == "__main__":
    sys.exit(main())
