"""The JIT's pipeline of passes (jit/passes.py) and `pyvm dis --facts`, which prints its facts."""
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest

from pyvm.frontend.compiler import Unsupported, compile_module
from pyvm.jit import passes
from pyvm.jit.analysis import global_functions

REPO = Path(__file__).resolve().parents[3]
PROGRAMS = sorted((REPO / "tests" / "programs").glob("*.py"))

LOOPS = """\
def add(a, b):
    return a + b
def loop(n):
    i = t = 0
    while i < n:
        t = t + i
        i = i + 1
    return t
def calls(n):
    t = 0
    for i in range(n):
        t = add(t, i)
    return t
print(loop(10), calls(10))
"""


def dis(tmp_path, *options):
    program = tmp_path / "prog.py"
    program.write_text(LOOPS)
    return subprocess.run([sys.executable, "-S", str(REPO / "bin" / "pyvm"), "dis", *options, str(program)],
                          capture_output=True, text=True, env=dict(os.environ, PYTHONPATH=str(REPO)))


def test_the_passes_have_names_of_their_own():
    names = [p.name for p in passes.PIPELINE]
    assert len(set(names)) == len(names) and "functions" not in names


def test_dis_prints_the_facts_under_each_instruction(tmp_path):
    plain, facts = dis(tmp_path), dis(tmp_path, "--facts")
    assert plain.returncode == facts.returncode == 0, facts.stderr
    assert "; " not in plain.stdout
    lines = facts.stdout.splitlines()
    assert [line for line in lines if not line.lstrip().startswith(";")] == plain.stdout.splitlines()
    assert "; live r0 r1 r2 | kinds r3=small | small-int loop to 15 (guard r0 r1 r2, stores r1 r2, 3 copies)" in lines[
        lines.index("   5 >>     4 CHECK_BOUND    r1(i), 0 (i)") + 1]
    assert any(line.endswith("| calls add, inline") for line in lines)


def test_without_virtual_frames_or_inlining_those_passes_are_left_out():
    module = compile_module(LOOPS, "prog.py")
    loop = module.code.children()[1]
    facts = passes.run(loop, global_functions(module), heap_frames=True, inlining=False)
    assert not {"liveness", "small_int_loops", "bindings", "inlined"} & facts.keys()
    assert "live" not in passes.facts_at(loop, facts, 4)


@pytest.mark.parametrize("chunk", range(4))
def test_the_facts_of_every_conformance_program_can_be_printed(chunk):
    for path in PROGRAMS[chunk::4]:
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                module = compile_module(path.read_bytes(), str(path))
        except (SyntaxError, Unsupported, RecursionError, MemoryError):
            continue
        functions = global_functions(module)
        for code in module.walk():
            facts = passes.run(code, functions)
            for index in range(len(code.instructions)):
                passes.facts_at(code, facts, index)
