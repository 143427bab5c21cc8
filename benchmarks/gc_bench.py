"""The engine room's figures: allocation rate, copying a million live objects, runtime load times.

    python3 benchmarks/gc_bench.py [--runs N]

Medians of N runs, CPython measured side by side for the allocation rate (and
PyPy too when `pypy3` is on PATH). Writes benchmarks/results/gc.md.
"""
from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from pyvm.native import load_runtime

ALLOCATIONS = 20_000_000
LIVE = 1_000_000

LOWPY = """from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, small
from pyvm.runtime.tupleobj import Tuple
from pyvm.gc.heap import collect

class Node(Object, name="node"):
    value: Word
    next: Word

head: Word = cast(Word, 0)

def allocate(n: i64) -> i64:
    keep = new(Tuple, 1)
    for i in range(n):
        t = new(Tuple, 3)           # a 3-tuple: 40 bytes, as CPython's (i, i, i) holds three items
        t.items[0] = small(i)
        keep.items[0] = cast(Word, t)
    return 0

def build(n: i64) -> None:
    global head
    for i in range(n):
        node = new(Node)
        node.value = small(i)
        node.next = head
        head = cast(Word, node)

def drop() -> None:
    global head
    head = cast(Word, 0)

def force() -> None:
    collect(0)
"""

PYTHON_ALLOCATE = """
import time
def allocate(n):
    keep = None
    for i in range(n):
        keep = (i, i, i)
t = time.perf_counter(); allocate({n}); print(time.perf_counter() - t)
"""


def median_time(f, runs):
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        f()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def other_python(exe, n, runs):
    if not shutil.which(exe):
        return None
    return statistics.median(float(subprocess.run([exe, "-c", PYTHON_ALLOCATE.format(n=n)], capture_output=True,
                                                  text=True, check=True).stdout) for _ in range(runs))


def load_times(runs):
    """Cold: an empty cache, so the runtime is compiled; warm: loaded from the cache. Each in a fresh process."""
    probe = ("import time; t=time.perf_counter(); from pyvm.native import load_runtime; rt=load_runtime(); "
             "print(rt.load_seconds, time.perf_counter()-t)")
    cold, warm, warm_total = [], [], []
    for _ in range(runs):
        with tempfile.TemporaryDirectory() as d:
            env = dict(os.environ, PYVM_CACHE_DIR=d)
            out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
            cold.append(float(out.stdout.split()[0]))
            out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True)
            load, total = map(float, out.stdout.split())
            warm.append(load)
            warm_total.append(total)
    return statistics.median(cold), statistics.median(warm), statistics.median(warm_total)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rt = load_runtime()
    rt.compile_lowpy(LOWPY, "gcbench", "gc_bench.py")

    pyvm_alloc = median_time(lambda: rt.call("gcbench.allocate", ALLOCATIONS), args.runs)
    cpython_alloc = other_python(sys.executable, ALLOCATIONS, args.runs)
    pypy_alloc = other_python("pypy3", ALLOCATIONS, args.runs)

    rt.call("gcbench.build", LIVE)
    rt.call("gcbench.force")
    copies = []
    for _ in range(args.runs):
        before = rt.gc_stats()["pause_total_ns"]
        rt.call("gcbench.force")
        copies.append((rt.gc_stats()["pause_total_ns"] - before) / 1e9)
    rt.call("gcbench.drop")
    copy_time = statistics.median(copies)
    cold, warm, warm_total = load_times(args.runs)

    rate = lambda seconds: f"{ALLOCATIONS / seconds / 1e6:.0f} M/s"
    rows = [
        ("allocation rate, 3-item tuples (pyvm runtime)", rate(pyvm_alloc)),
        ("allocation rate, 3-item tuples (CPython, `(i, i, i)` in a loop)", rate(cpython_alloc)),
        ("pyvm / CPython allocation rate", f"{cpython_alloc / pyvm_alloc:.1f}x"),
    ]
    if pypy_alloc:
        rows += [("allocation rate (PyPy)", rate(pypy_alloc)), ("pyvm / PyPy allocation rate", f"{pypy_alloc / pyvm_alloc:.1f}x")]
    rows += [
        (f"copying {LIVE:,} live objects (one collection)", f"{copy_time * 1000:.1f} ms"),
        ("cold runtime load (compile with LLVM, store in cache)", f"{cold * 1000:.0f} ms"),
        ("warm runtime load (from the disk cache)", f"{warm * 1000:.1f} ms"),
        ("warm start including Python imports of pyvm and llvmlite", f"{warm_total * 1000:.0f} ms"),
    ]
    table = "| measure | median of %d runs |\n|---|---|\n" % args.runs + "".join(f"| {a} | {b} |\n" for a, b in rows)
    print(table)
    out = Path(__file__).parent / "results"
    out.mkdir(exist_ok=True)
    (out / "gc.md").write_text("# Engine room benchmark\n\n" + table)


if __name__ == "__main__":
    main()
