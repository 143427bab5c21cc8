"""Both routes of `pyvm tiny` -- the reference interpreter and pyvm's JIT -- give the same stdout,
stderr and exit status on every example and every case of cases.py.

Each run is a fresh process (the JIT route loads the native runtime).
"""
import os
import subprocess
import sys

import pytest

from pyvm.tiny.tests.cases import ERRORS, EXAMPLE_RUNS, EXAMPLES, RUNS

ROOT = EXAMPLES.parents[1]

def tiny(*args):
    result = subprocess.run([sys.executable, "-m", "pyvm.cli", "tiny", *map(str, args)], capture_output=True,
                            env=dict(os.environ, PYTHONPATH=str(ROOT)), cwd=ROOT, timeout=600)
    return result.stdout.decode("utf-8", "replace"), result.stderr.decode("utf-8", "replace"), result.returncode


def both(path, args, frames="virtual"):
    reference = tiny("--interp", path, *args)
    jit = tiny(f"--frames={frames}", path, *args)
    return reference, jit


@pytest.mark.parametrize("frames", ["virtual", "heap"])
@pytest.mark.parametrize("name", sorted(EXAMPLE_RUNS))
def test_examples(name, frames):
    args, expected = EXAMPLE_RUNS[name]
    reference, jit = both(EXAMPLES / name, args, frames)
    assert reference == (expected, "", 0)
    assert jit == reference


@pytest.mark.parametrize("name", sorted(RUNS))
def test_programs(name, tmp_path):
    text, args, expected = RUNS[name]
    path = tmp_path / f"{name}.tiny"
    path.write_text(text)
    reference, jit = both(path, args)
    assert reference == (expected, "", 0)
    assert jit == reference


@pytest.mark.parametrize("name", sorted(ERRORS))
def test_runtime_errors(name, tmp_path):
    text, args, printed, message = ERRORS[name]
    path = tmp_path / f"{name}.tiny"
    path.write_text(text)
    reference, jit = both(path, args)
    assert reference == (printed, f"tiny: {path}: error: {message}\n", 1)
    assert jit == reference


def test_assembly_errors_are_the_same_on_both_routes(tmp_path):
    path = tmp_path / "bad.tiny"
    path.write_text("main:\n    LOAD 1 => r1\n    JUMP @nowhere\n")
    reference, jit = both(path, [])
    assert reference == ("", f"tiny: {path}:3: unknown label @nowhere in function main\n", 1)
    assert jit == reference
