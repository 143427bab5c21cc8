"""Attribute caches (runtime/attrcache.py): compiled code finds attributes, stores and methods in
the first entry; tests/programs/class_attribute_caches.py checks that no entry goes stale."""
import os
import re
import subprocess
import sys

SOURCE = ("class P:\n    def __init__(self, x):\n        self.x = x\n    def get(self):\n        return self.x\n\n"
          "def run(ps):\n    t = 0\n    for p in ps:\n        p.x = p.x + 1\n        t += p.get()\n    return t\n\n"
          "print(run([P(i) for i in range(1000)]))\n")


def cache_stats(tmp_path, tier: str) -> list[int]:
    program = tmp_path / "program.py"
    program.write_text(SOURCE)
    result = subprocess.run([sys.executable, "-m", "pyvm.cli", str(program)], capture_output=True, text=True,
                            env=dict(os.environ, PYVM_STATS="1", PYVM_TIER=tier,
                                     PYVM_CACHE_DIR=str(tmp_path / "cache")))
    assert result.returncode == 0 and result.stdout == "500500\n", result.stderr
    found = re.search(r"attribute caches: (\d+) hits in compiled code's first entry, (\d+) in the runtime, "
                      r"(\d+) misses, (\d+) fills", result.stderr)
    return [int(n) for n in found.groups()]


def test_compiled_code_hits_the_first_entry_of_each_cache(tmp_path):
    inline, runtime, misses, fills = cache_stats(tmp_path, "optimized")
    # five caches: the loop's load, store, method check and call (one), get's load, __init__'s store
    assert inline >= 999 * 5 and runtime <= 5 and misses <= 6 and fills == 5


def test_the_interpreter_uses_the_same_caches(tmp_path):
    inline, runtime, misses, fills = cache_stats(tmp_path, "baseline")
    assert inline == 0 and runtime >= 999 * 5 and misses <= 6 and fills == 5
