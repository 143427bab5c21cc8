"""Conformance: every tests/programs/*.py must behave the same under the host CPython and under pyvm.

Each program is run twice, with cwd=tests/programs and no arguments:

    [sys.executable, NAME]              the reference (the host CPython 3.11)
    [sys.executable, "-S", "bin/pyvm", NAME]  pyvm as its command runs it, which must behave like `python FILE`

and the two runs must agree on stdout (byte for byte), the exit status, and the last line of
stderr (the exception line of a traceback, or the message of sys.exit("...")).  Comparing the
whole of stderr (the traceback itself) is switched off for now: see COMPARE_WHOLE_STDERR.

A program may state what CPython is meant to do with it in header comments:

    # expect-exit: 1
    # expect-stderr: ZeroDivisionError: division by zero

(absent: exit status 0 and an empty stderr), and what its stdin holds (a Python str literal, encoded as
UTF-8; absent: stdin is empty):

    # stdin: 'first line\nsecond\n'

A program that writes files names them '/tmp/pyvm-test-NAME-' + __file__.replace('/', '_') + ... (NAME its
file name without .py), which the test removes after each run.  test_reference_behaviour checks those against the host
CPython alone, so a program that silently stopped testing what it was written for is noticed.

    # env: PYTHONHASHSEED=123

sets an environment variable for both runs (a fixed seed makes str hashes and the order of sets of
strs CPython's, which a program may then print).

Environment knobs:
    PYVM_CONFORMANCE_TIMEOUT   seconds allowed to each pyvm run (default 600: the first run may
                               build the runtime)
    PYVM_COMPARE_WHOLE_STDERR  "1" compares the whole of stderr, like COMPARE_WHOLE_STDERR = True
"""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

# --- the switch: compare the whole of stderr (tracebacks included) rather than its last line ---
COMPARE_WHOLE_STDERR = True

REPO = Path(__file__).resolve().parent.parent
PROGRAMS = Path(__file__).resolve().parent / "programs"
PROGRAM_NAMES = sorted(p.name for p in PROGRAMS.glob("*.py"))

CPYTHON_TIMEOUT = 60
PYVM_TIMEOUT = float(os.environ.get("PYVM_CONFORMANCE_TIMEOUT", "600"))


def compare_whole_stderr() -> bool:
    return COMPARE_WHOLE_STDERR or os.environ.get("PYVM_COMPARE_WHOLE_STDERR") == "1"


def run(argv: list[str], timeout: float, extra: dict | None = None) -> subprocess.CompletedProcess:
    """Run argv in tests/programs with pyvm importable (argv[-1] the program), and the variables of
    extra; stdout and stderr captured as bytes. The files the program wrote under /tmp are removed
    after."""
    env = dict(os.environ, **(extra or {}))
    env["PYTHONPATH"] = str(REPO) + (os.pathsep + env["PYTHONPATH"] if env.get("PYTHONPATH") else "")
    env.pop("PYTHONSTARTUP", None)
    name = argv[-1]
    try:
        return subprocess.run(argv, cwd=PROGRAMS, env=env, input=stdin_of(name),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, timeout=timeout)
    finally:
        # the program's own files: BASE = '/tmp/pyvm-test-NAME-' + __file__.replace('/', '_')
        for path in Path("/tmp").glob(f"pyvm-test-{name[:-3]}-{str(PROGRAMS / name).replace('/', '_')}*"):
            path.unlink()


def run_cpython(name: str) -> subprocess.CompletedProcess:
    return run([sys.executable, name], CPYTHON_TIMEOUT, environment(name))


def run_pyvm(name: str) -> subprocess.CompletedProcess:
    # The `pyvm` command's Python part, as the installed command runs it (without site).
    return run([sys.executable, "-S", str(REPO / "bin" / "pyvm"), name], PYVM_TIMEOUT, environment(name))


def stdin_of(name: str) -> bytes:
    """What the program's `# stdin:` header gives it to read (empty without one)."""
    for line in (PROGRAMS / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        body = line[1:].strip()
        if body.startswith("stdin:"):
            return ast.literal_eval(body[len("stdin:"):].strip()).encode("utf-8")
    return b""


def text(data: bytes) -> str:
    return data.decode("utf-8", errors="backslashreplace")


def last_line(stderr: bytes) -> str:
    lines = text(stderr).rstrip("\n").split("\n")
    return lines[-1] if lines else ""


def header(name: str) -> list[str]:
    """The bodies of the program's leading comment lines."""
    lines = []
    for line in (PROGRAMS / name).read_text(encoding="utf-8").splitlines():
        if not line.startswith("#"):
            break
        lines.append(line[1:].strip())
    return lines


def environment(name: str) -> dict:
    """The variables the program's `# env: NAME=VALUE` lines set."""
    return dict(body[len("env:"):].strip().split("=", 1) for body in header(name) if body.startswith("env:"))


def expectations(name: str) -> tuple[int, str]:
    """(exit status, last stderr line) that the program's header comments promise under CPython."""
    status, stderr = 0, ""
    for body in header(name):
        if body.startswith("expect-exit:"):
            status = int(body[len("expect-exit:"):].strip())
        elif body.startswith("expect-stderr:"):
            stderr = body[len("expect-stderr:"):].strip()
    return status, stderr


def test_programs_exist():
    assert len(PROGRAM_NAMES) >= 70


@pytest.mark.parametrize("name", PROGRAM_NAMES)
def test_reference_behaviour(name):
    """The host CPython does what the program's header says (catches programs that test nothing)."""
    status, stderr = expectations(name)
    ref = run_cpython(name)
    assert ref.returncode == status, text(ref.stderr)
    assert last_line(ref.stderr).strip() == stderr          # a header cannot show leading spaces
    if status == 0 and not stderr:
        assert ref.stderr == b""


@pytest.mark.parametrize("name", PROGRAM_NAMES)
def test_conformance(name):
    ref = run_cpython(name)
    got = run_pyvm(name)
    # stdout first: it is the most informative difference
    assert text(got.stdout) == text(ref.stdout), f"stdout differs; pyvm stderr:\n{text(got.stderr)}"
    assert got.stdout == ref.stdout
    assert got.returncode == ref.returncode, f"exit status differs; pyvm stderr:\n{text(got.stderr)}"
    if compare_whole_stderr():
        assert text(got.stderr) == text(ref.stderr)
    else:
        assert last_line(got.stderr) == last_line(ref.stderr), f"pyvm stderr:\n{text(got.stderr)}"
