"""The paper's missing number: what virtual frames gain over frames kept in the heap.

    python3 benchmarks/tiny_frames.py [--runs 5] [--scale 1.0]

Each examples/tiny program runs, in this one process and side by side, under
(a) the reference interpreter (a frame object with a register list, one
dispatch loop), (b) the JIT with --frames=heap (every register in a heap
array, found again at every access), (c) the JIT with virtual frames
(registers in machine registers, the frame record filled only where it can be
observed). Compilation is done before timing. The counting loop is also
written in lowpy with no frame at all: the limit. Then the Python benchmarks
of "First light" run as whole processes under both frame modes.
Medians of --runs; the table goes to benchmarks/results/tiny_frames.md.
"""
from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

from pyvm.jit import Jit
from pyvm.native import load_runtime
from pyvm.tiny import default_args
from pyvm.tiny.assembler import assemble
from pyvm.tiny.interpreter import run as interpret
from pyvm.tiny.lowering import lower

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ["count", "sum", "recursion", "compose", "introspect_hot", "introspect_cold"]

# The counting loop of count.tiny with no frame and no call: the limit. The same loop as the JIT
# runs -- tagged small ints, both operands of the comparison and of the ADD checked for their tag,
# the ADD checked for overflow -- where the JIT's slow paths would be, it stops.
NO_FRAME = """from pyvm.lowpy.lang import *
from pyvm.runtime.object import small

def count(n: Word) -> Word:
    r1 = cast(i64, small(0))
    step = cast(i64, small(1))
    limit = cast(i64, n)
    while True:
        if (limit & r1 & 1) == 0:
            unreachable()
        if not limit > r1:
            break
        if (r1 & step & 1) == 0:
            unreachable()
        r1, overflowed = add_ovf(r1, step - 1)
        if overflowed:
            unreachable()
    return cast(Word, r1)
"""


@contextlib.contextmanager
def quiet_stdout():
    """The runtime writes to fd 1 directly: point it at /dev/null while timing."""
    sys.stdout.flush()
    saved = os.dup(1)
    null = os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 1)
    try:
        yield
    finally:
        os.dup2(saved, 1)
        os.close(null)
        os.close(saved)


def median_seconds(f, runs):
    times = []
    for _ in range(runs):
        began = time.perf_counter()
        f()
        times.append(time.perf_counter() - began)
    return statistics.median(times)


def jit_runner(rt, jit, program, args):
    image = jit.load(lower(program, args))
    for code in image.codes:                 # compile everything before timing
        jit.compile(code)

    def run():
        with quiet_stdout():
            if not jit.run_module(image):
                rt.raise_pending()
            rt.flush_output()
    return run


def python_process(frames, program, arg, runs):
    argv = [sys.executable, "-m", "pyvm", f"--frames={frames}", str(ROOT / "benchmarks" / program), str(arg)]
    subprocess.run(argv, capture_output=True, check=True)        # warm the disk cache
    return median_seconds(lambda: subprocess.run(argv, capture_output=True, check=True), runs)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--scale", type=float, default=1.0, help="multiply each example's workload")
    args = parser.parse_args()
    rt = load_runtime()
    virtual, heap = Jit(rt, "virtual"), Jit(rt, "heap")
    rows = []
    for name in EXAMPLES:
        path = ROOT / "examples" / "tiny" / f"{name}.tiny"
        text = path.read_text()
        program = assemble(text, str(path))
        n = max(1, int(default_args(text)[0] * args.scale))
        interp_n = max(1, n // 10) if name != "recursion" else max(1, n - 5)   # the interpreter is slow
        interp = median_seconds(lambda: interpret(program, [interp_n], write=lambda text: None), max(1, args.runs // 2))
        if name == "recursion":
            interp *= 1.618 ** (n - interp_n)      # fib(n) does phi**(n - m) times the calls of fib(m)
        else:
            interp *= n / interp_n
        timed_heap = median_seconds(jit_runner(rt, heap, program, [n]), args.runs)
        timed_virtual = median_seconds(jit_runner(rt, virtual, program, [n]), args.runs)
        rows.append((name, n, interp, timed_heap, timed_virtual))

    rt.compile_lowpy(NO_FRAME, "noframe", "no_frame.py")
    n_count = rows[0][1]
    limit = median_seconds(lambda: rt.call("noframe.count", (n_count << 1) | 1), args.runs)

    ms = lambda s: f"{s * 1000:.1f}"
    lines = ["| program | workload | interpreter ms | heap frames ms | virtual frames ms | heap / virtual | interpreter / virtual |",
             "|---|---:|---:|---:|---:|---:|---:|"]
    for name, n, interp, hp, vt in rows:
        lines.append(f"| {name} | {n:,} | {ms(interp)} | {ms(hp)} | {ms(vt)} | {hp / vt:.1f}x | {interp / vt:.0f}x |")
    by_name = {r[0]: r for r in rows}
    lines += ["", "| check | figure |", "|---|---|",
              f"| counting loop, no frame at all (lowpy) | {ms(limit)} ms |",
              f"| virtual frames / no frame, counting loop | {by_name['count'][4] / limit:.2f} |",
              f"| introspect_cold / sum (same loop, INTROSPECT after it) | "
              f"{by_name['introspect_cold'][4] / by_name['sum'][4]:.2f} |",
              f"| introspect_hot / sum (INTROSPECT in the loop) | {by_name['introspect_hot'][4] / by_name['sum'][4]:.2f} |"]

    python_rows = []
    for program, arg in (("fib.py", 1_000_000), ("hanoi_recursive.py", 20), ("hanoi_iterative.py", 20)):
        h = python_process("heap", program, arg, args.runs)
        v = python_process("virtual", program, arg, args.runs)
        python_rows.append(f"| {program} {arg} | {ms(h)} | {ms(v)} | {h / v:.2f}x |")
    lines += ["", "Python benchmarks, whole processes (startup included):", "",
              "| program | heap frames ms | virtual frames ms | heap / virtual |", "|---|---:|---:|---:|"] + python_rows
    table = "\n".join(lines) + "\n"
    print(table)
    out = ROOT / "benchmarks" / "results"
    out.mkdir(exist_ok=True)
    (out / "tiny_frames.md").write_text(f"# Virtual frames against heap frames (medians of {args.runs} runs)\n\n" + table)


if __name__ == "__main__":
    main()
