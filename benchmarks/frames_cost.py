"""What exceptions and frame introspection cost the code that does not use them (issue 5's targets).

1. The seed benchmarks under pyvm, now and at an earlier revision (before exceptions landed), run
   alternately in one session: the ratio now/before should stay within 3%.
2. A hot loop alone, and the same loop with a try statement in it, an exception raised and caught
   on a rare path, and sys._getframe() with f_locals at the end: the ratio shows whether the
   cold paths slow the hot one.

    python3 benchmarks/frames_cost.py [--before REV] [--repeat N] [--out benchmarks/results/frames_cost.md]

Whole processes, medians of N runs, after one warm-up run that fills the compile caches.
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

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "benchmarks"
SEED_RUNS = [("fib.py", "10000000"), ("hanoi_iterative.py", "24"), ("hanoi_recursive.py", "24")]

HOT_LOOP = '''
def work(n):
    total = 0
    for i in range(n):
        total = (total + i * 7) % 1000003
        if i % 10000000 == 9999999:
            total = total + 1
    return total

print(work(100000000))
'''

# The same work; the rare branch raises and catches instead, and the frame is looked at once.
HOT_LOOP_WITH_COLD_PATHS = '''
import sys

def work(n):
    total = 0
    for i in range(n):
        try:
            total = (total + i * 7) % 1000003
            if i % 10000000 == 9999999:
                raise ValueError(i)
        except ValueError as e:
            total = total + 1
    f = sys._getframe()
    print(f.f_code.co_name, f.f_locals["n"])
    return total

print(work(100000000))
'''


def timed(argv, env) -> float:
    began = time.perf_counter()
    result = subprocess.run(argv, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - began
    if result.returncode != 0:
        sys.exit(f"{' '.join(argv)} failed:\n{result.stderr.decode()}")
    return elapsed


def medians(commands: dict, repeat: int) -> dict:
    """Run every command once to warm up, then `repeat` rounds, interleaved; median seconds each."""
    for argv, env in commands.values():
        timed(argv, env)
    samples = {name: [] for name in commands}
    for _ in range(repeat):
        for name, (argv, env) in commands.items():
            samples[name].append(timed(argv, env))
    return {name: statistics.median(times) for name, times in samples.items()}


def pyvm_env(tree: Path) -> dict:
    env = dict(os.environ)
    env["PYTHONPATH"] = str(tree)
    return env


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--before", default="8115c12", help="the revision to compare with (default: before issue 5)")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--out", default=str(BENCH / "results" / "frames_cost.md"))
    args = parser.parse_args()
    lines = ["# What exceptions and frame introspection cost code that does not use them", "",
             f"Whole processes, medians of {args.repeat} interleaved runs after a warm-up run.", ""]
    with tempfile.TemporaryDirectory() as tmp:
        before = Path(tmp) / "before"
        subprocess.run(["git", "-C", str(ROOT), "worktree", "add", "--detach", str(before), args.before],
                       check=True, capture_output=True)
        try:
            commands = {}
            for program, size in SEED_RUNS:
                for side, tree in (("before", before), ("now", ROOT)):
                    argv = [sys.executable, "-m", "pyvm", str(tree / "benchmarks" / program), size]
                    commands[(program, side)] = (argv, pyvm_env(tree))
            seed = medians(commands, args.repeat)
        finally:
            subprocess.run(["git", "-C", str(ROOT), "worktree", "remove", "--force", str(before)], capture_output=True)
        lines += [f"## The seed benchmarks, pyvm now against pyvm at {args.before}", "",
                  "| benchmark | before (ms) | now (ms) | now / before |", "|---|---|---|---|"]
        for program, size in SEED_RUNS:
            b, n = seed[(program, "before")], seed[(program, "now")]
            lines.append(f"| {program} {size} | {b * 1000:.0f} | {n * 1000:.0f} | {n / b:.3f} |")

        plain, cold = Path(tmp) / "hot_loop.py", Path(tmp) / "hot_loop_cold_paths.py"
        plain.write_text(HOT_LOOP)
        cold.write_text(HOT_LOOP_WITH_COLD_PATHS)
        env = pyvm_env(ROOT)
        runtimes = {"pyvm": [sys.executable, "-m", "pyvm"], "CPython": [sys.executable]}
        if shutil.which("pypy3"):
            runtimes["PyPy"] = ["pypy3"]
        commands = {(name, vm): (argv + [str(path)], env)
                    for name, path in (("plain", plain), ("cold paths", cold)) for vm, argv in runtimes.items()}
        loop = medians(commands, args.repeat)
    lines += ["", "## A hot loop, alone and with cold try/raise/except and sys._getframe()", "",
              "| runtime | loop alone (ms) | with cold paths (ms) | ratio |", "|---|---|---|---|"]
    for vm in runtimes:
        p, c = loop[("plain", vm)], loop[("cold paths", vm)]
        lines.append(f"| {vm} | {p * 1000:.0f} | {c * 1000:.0f} | {c / p:.3f} |")
    plain_pyvm = loop[("plain", "pyvm")]
    lines += ["", "The loop alone, against pyvm: " + ", ".join(
        f"{vm} / pyvm = {loop[('plain', vm)] / plain_pyvm:.2f}" for vm in runtimes if vm != "pyvm") + "."]
    text = "\n".join(lines) + "\n"
    Path(args.out).write_text(text)
    print(text)


if __name__ == "__main__":
    main()
