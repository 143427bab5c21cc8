"""What a call with keywords, or one leaving parameters to their defaults, costs beside a plain
positional call of the same function (issue 17's target: at most 1.3x).

    python3 benchmarks/call_forms.py [--repeat N] [--calls N] [--out benchmarks/results/call_forms.md]

Each form calls one module function N times in a loop, once small enough to be compiled into its
caller (docs/jit.md, Calls compiled inline) and once too big for that (its fast entry is called).
Whole processes, pyvm and python3, medians of N runs after one warm-up run that fills the compile
caches; the ratio is each form's pyvm time over the positional form's, in wall time and in CPU
time (user and system, steadier when the machine is shared).
"""
from __future__ import annotations

import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SMALL = '''
def f(a, b=1, c=2):
    return a + b + c
'''
# Past the inlining limit (60 instructions): a branch the loop never takes.
BIG = '''
def f(a, b=1, c=2):
    if a < 0:
''' + "".join(f"        a = a + {k} * b - c\n" for k in range(20)) + '''
    return a + b + c
'''
LOOP = '''
def work(n):
    total = 0
    for i in range(n):
        total = (total + CALL) % 1000003
    return total

print(work({calls}))
'''
FORMS = [("positional", "f(i, 1, 2)"), ("keywords", "f(i, c=2, b=1)"), ("all keywords", "f(c=2, a=i, b=1)"),
         ("defaults", "f(i)"), ("default and keyword", "f(i, c=2)")]


def cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def timed(argv: list, path: str) -> tuple[float, float, str]:
    """Wall time, CPU time (steadier on a shared machine), output."""
    began, began_cpu = time.perf_counter(), cpu()
    env = dict(os.environ, PYTHONPATH=str(ROOT))          # this checkout's pyvm
    out = subprocess.run(argv + [path], stdout=subprocess.PIPE, check=True, env=env).stdout.decode()
    return time.perf_counter() - began, cpu() - began_cpu, out


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--calls", type=int, default=20_000_000)
    parser.add_argument("--out", default=None)
    options = parser.parse_args()
    pyvm = [sys.executable, "-S", str(ROOT / "bin" / "pyvm")]
    rows = []
    with tempfile.TemporaryDirectory() as folder:
        for size, definition in (("inlined", SMALL), ("called", BIG)):
            base = None
            for form, call in FORMS:
                path = f"{folder}/{size}_{form.replace(' ', '_')}.py"
                Path(path).write_text(definition + LOOP.replace("CALL", call).format(calls=options.calls))
                times = {}
                outputs = set()
                for name, argv in (("pyvm", pyvm), ("python3", [sys.executable])):
                    timed(argv, path)                  # warm-up: fills pyvm's compile cache
                    runs = [timed(argv, path) for _ in range(options.repeat)]
                    times[name] = statistics.median(t for t, _, _ in runs)
                    times[name + " cpu"] = statistics.median(t for _, t, _ in runs)
                    outputs |= {out for _, _, out in runs}
                assert len(outputs) == 1, outputs
                base = base or (times["pyvm"], times["pyvm cpu"])
                rows.append(f"| {size} | `{call}` | {times['python3'] * 1000:.0f} | {times['pyvm'] * 1000:.0f} | "
                            f"{times['pyvm cpu'] * 1000:.0f} | {times['pyvm'] / base[0]:.2f} | "
                            f"{times['pyvm cpu'] / base[1]:.2f} |")
                print(rows[-1], flush=True)
    table = "\n".join([f"{options.calls:,} calls, medians of {options.repeat} whole processes (ms)", "",
                       "| callee | call | python3 | pyvm | pyvm CPU | pyvm / positional | CPU / positional |",
                       "|---|---|---|---|---|---|---|"] + rows)
    if options.out:
        Path(options.out).write_text(table + "\n")
    print(table)


if __name__ == "__main__":
    main()
