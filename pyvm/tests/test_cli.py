"""The `pyvm` command as a user meets it, and the runtime cache behind it."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]


def pyvm(*args, env=None):
    return subprocess.run([sys.executable, "-m", "pyvm.cli", *args], capture_output=True, text=True,
                          env=dict(os.environ, **(env or {})), cwd=ROOT)


def test_the_readme_example_runs():
    result = pyvm("lowpy", "examples/lowpy/hello.py")
    assert result.returncode == 0, result.stderr
    assert result.stdout == ("Hello from pyvm's native runtime\n"
                             "a list of 100000 ints survived the collector\n")


def test_stats_on_request():
    result = pyvm("lowpy", "examples/lowpy/hello.py", env={"PYVM_STATS": "1"})
    assert "pyvm stats: gc: " in result.stderr
    assert " collections, " in result.stderr and "MiB copied" in result.stderr


def test_missing_file_is_reported_like_python():
    result = pyvm("lowpy", "no/such/file.py")
    assert result.returncode == 2
    assert result.stderr == "pyvm: can't open file 'no/such/file.py': [Errno 2] No such file or directory\n"


def test_type_error_is_located_with_exit_code_1(tmp_path):
    bad = tmp_path / "bad.py"
    bad.write_text("from pyvm.lowpy.lang import *\n\ndef main() -> i64:\n    return 1.5\n")
    result = pyvm("lowpy", str(bad))
    assert result.returncode == 1
    assert result.stderr == f"lowpy: {bad}:4: cannot return f64 as i64\n"


def test_emit_ir_dumps_llvm(tmp_path):
    result = pyvm("lowpy", "--emit-ir", "examples/lowpy/hello.py")
    assert result.returncode == 0
    assert 'define i64 @"main.main"()' in result.stdout


def test_a_corrupt_cache_entry_is_rebuilt(tmp_path):
    env = {"PYVM_CACHE_DIR": str(tmp_path)}
    first = pyvm("runtime", env=env)
    assert first.returncode == 0 and "runtime built" in first.stdout
    assert "runtime loaded from the cache" in pyvm("runtime", env=env).stdout
    (obj,) = tmp_path.glob("*.o")
    data = bytearray(obj.read_bytes())
    data[len(data) // 2] ^= 0xFF
    obj.write_bytes(bytes(data))
    again = pyvm("runtime", env=env)
    assert again.returncode == 0 and "runtime built" in again.stdout
    assert pyvm("lowpy", "examples/lowpy/hello.py", env=env).returncode == 0


@pytest.mark.parametrize("name, data", [
    ("null_byte.py", b"x = 1\ny = 2\x00\n"),
    ("not_utf8.py", b'x = 1\n\n\ny = "\xe9"\n'),
    ("declared_latin1.py", b'# -*- coding: latin-1 -*-\nprint("caf\xe9")\n'),
    ("deep_nesting.py", b"x = " + b"-" * 100000 + b"1\n"),
    ("too_many_parentheses.py", b"x = " + b"(" * 300 + b"1" + b")" * 300 + b"\n"),
])
def test_bad_source_is_reported_like_cpython(tmp_path, name, data):
    path = tmp_path / name
    path.write_bytes(data)
    expected = subprocess.run([sys.executable, str(path)], capture_output=True, text=True)
    got = pyvm(str(path))
    assert (got.returncode, got.stdout, got.stderr) == (expected.returncode, expected.stdout, expected.stderr)


def test_deep_recursion_with_a_raised_limit_never_crashes(tmp_path):
    path = tmp_path / "deep.py"
    path.write_text("import sys\nsys.setrecursionlimit(10000000)\ndef f(n):\n    return f(n + 1)\nf(0)\n")
    got = pyvm(str(path))
    assert got.returncode == 1
    assert got.stderr.splitlines()[-1] == "RecursionError: maximum recursion depth exceeded"
