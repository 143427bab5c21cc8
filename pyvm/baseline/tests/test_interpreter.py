"""The baseline interpreter against the instruction table, and the tiers against each other."""
import ast
import os
import re
import subprocess
import sys
from pathlib import Path

from pyvm.bytecode.opcodes import OPCODES

INTERPRETER = Path(__file__).resolve().parent.parent / "interpreter.py"
REPO = INTERPRETER.parent.parent.parent


def interpreter_opcodes() -> dict:
    """The opcode constants interpreter.py declares (module-level NAME = number, upper case)."""
    found = {}
    for node in ast.parse(INTERPRETER.read_text()).body:
        if (isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name)
                and node.targets[0].id in OPCODES and isinstance(node.value, ast.Constant)):
            found[node.targets[0].id] = node.value.value
    return found


def test_every_instruction_has_the_tables_number_in_the_interpreter():
    assert interpreter_opcodes() == OPCODES


def test_every_instruction_is_executed_by_the_interpreter():
    source = INTERPRETER.read_text()
    missing = [name for name in OPCODES if f"op == {name}" not in source and f"op == {name}:" not in source]
    assert missing == []


def run(tmp_path, source: str, **env) -> subprocess.CompletedProcess:
    program = tmp_path / "prog.py"
    program.write_text(source)
    environ = dict(os.environ, PYTHONPATH=str(REPO), **env)
    return subprocess.run([sys.executable, "-S", str(REPO / "bin" / "pyvm"), str(program)], env=environ,
                          capture_output=True, text=True, timeout=300)


LOOPS = """import sys
def f(x):
    return x + 1
def loop(n):
    t = 0
    for i in range(n):
        t = f(t) + i
    return t
print(loop(3000))
i = t = 0
while i < 3000:
    t += i * 2
    i += 1
print(t, sys._getframe().f_lineno)
def g(n):
    fr = sys._getframe()
    k = 0
    while k < n:
        k += 1
    return fr.f_lineno, fr.f_locals["k"], len(fr.f_locals)
print(g(3000))
def deep(n):
    k = 0
    while k < 100:
        k += 1
    if n == 0:
        raise ValueError("deep")
    return deep(n - 1)
try:
    deep(30)
except ValueError as e:
    tb, depth = e.__traceback__, 0
    while tb is not None:
        depth += 1
        tb = tb.tb_next
    print(depth)
"""


def test_loops_move_to_compiled_code_with_their_frames(tmp_path):
    """On-stack replacement at loop headers, in functions and in the module, with a frame object made
    before the move, and tier-up in the middle of a recursion that raises: the same output as when
    everything is interpreted or everything compiled."""
    outputs = set()
    # Tiered first: the program's path is new to the cache, so that its code is compiled on the way.
    for env in ({"PYVM_TIER_UP_AFTER": "50"}, {"PYVM_TIER": "baseline"}, {"PYVM_TIER": "optimized"},
                {"PYVM_TIER": "random", "PYVM_TIER_UP_AFTER": "20", "PYVM_TIER_SEED": "3"}):
        got = run(tmp_path, LOOPS, PYVM_STATS="1", **env)
        assert got.returncode == 0, got.stderr
        outputs.add(got.stdout)
        if env.get("PYVM_TIER_UP_AFTER") == "50":
            moved = re.search(r"(\d+) loops moved to compiled code", got.stderr)
            assert moved and int(moved.group(1)) >= 3, got.stderr      # loop(), the module's loop, g()
    assert outputs == {"4501500\n8997000 14\n(20, 3000, 3)\n32\n"}


def test_the_interpreter_only_compiles_nothing(tmp_path):
    got = run(tmp_path, LOOPS, PYVM_STATS="1", PYVM_TIER="baseline")
    assert "jit: 0 functions compiled, 0 loaded from the cache" in got.stderr


def test_the_stats_count_the_code_each_tier_ran_and_the_front_end(tmp_path):
    """f is compiled (hot at a call), loop is interpreted and its loop moved up, the module interpreted;
    the second run loads its front end's output and f's code from the caches."""
    program = "def f(x):\n    return x + 1\ndef loop(n):\n    for i in range(n):\n        f(i)\nloop(2000)\n"
    first = run(tmp_path, program, PYVM_STATS="1", PYVM_TIER_UP_AFTER="50")
    assert re.search(r"front end: [\d.]+ ms, compiled\n", first.stderr), first.stderr
    assert "code run: 1 only interpreted, 2 compiled, 0 from the cache" in first.stderr
    again = run(tmp_path, program, PYVM_STATS="1", PYVM_TIER_UP_AFTER="50")
    assert re.search(r"front end: [\d.]+ ms, loaded from the cache\n", again.stderr), again.stderr
    assert "code run: 1 only interpreted, 0 compiled, 2 from the cache" in again.stderr
