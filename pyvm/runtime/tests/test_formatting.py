"""Differential tests of formatting (runtime/formatting.py, float_repr.float_format_text): random format
specs and printf conversions applied to random ints, bools, floats (any bit pattern) and strs, a batch
per process under pyvm and under the host CPython, the outputs compared line by line.

Seeds are fixed and the count bounded so the suite stays steady and quick. To search further by hand:

    PYVM_FUZZ_FORMAT=20 PYVM_FUZZ_FIRST=100 python3 -m pytest -q pyvm/runtime/tests/test_formatting.py
"""
from __future__ import annotations

import os
import random
import struct
import subprocess
import sys

import pytest

from pyvm.runtime.tests.programs import REPO

COUNT = int(os.environ.get("PYVM_FUZZ_FORMAT", "3"))
FIRST = int(os.environ.get("PYVM_FUZZ_FIRST", "0"))
CASES = 400


def random_float(rng: random.Random) -> float:
    kind = rng.random()
    if kind < 0.4:
        return struct.unpack("<d", struct.pack("<Q", rng.getrandbits(64)))[0]
    if kind < 0.7:
        return round(rng.uniform(-1e6, 1e6), rng.randint(0, 6))
    if kind < 0.8:
        return rng.choice([0.0, -0.0, 0.5, 1.5, 2.5, 0.125, 1e16, 1e-5, 9.995, 0.0005, float("inf"),
                           -float("inf"), float("nan"), 5e-324, 1.7976931348623157e308])
    return rng.randint(-10**6, 10**6) / rng.choice([1, 2, 4, 8, 10, 100, 1000])


def random_value(rng: random.Random):
    kind = rng.random()
    if kind < 0.3:
        return random_float(rng)
    if kind < 0.55:
        return rng.choice([0, 1, -1, 7, 255, -255, 1234567, 65, 0x10FFFF, 0x110000]) if rng.random() < 0.3 else \
            rng.randint(-10**rng.randint(1, 60), 10**rng.randint(1, 60))
    if kind < 0.62:
        return rng.choice([True, False])
    return rng.choice(["", "a", "abc", "héllo", "日本語", "x" * 30, "😀!"])


def literal(v) -> str:
    if isinstance(v, float) and (v != v or v in (float("inf"), -float("inf"))):
        return f"float({repr(v)!r})"
    return repr(v)


def random_spec(rng: random.Random) -> str:
    spec = ""
    if rng.random() < 0.3:
        spec += rng.choice(["", " ", "*", "0", "é", "<"]) + rng.choice("<>=^")
    if rng.random() < 0.3:
        spec += rng.choice("+- ")
    if rng.random() < 0.1:
        spec += "z"
    if rng.random() < 0.2:
        spec += "#"
    if rng.random() < 0.15:
        spec += "0"
    if rng.random() < 0.5:
        spec += str(rng.randint(0, 25))
    if rng.random() < 0.2:
        spec += rng.choice(",_")
    if rng.random() < 0.4:
        spec += "." + str(rng.choice([rng.randint(0, 20), rng.randint(0, 20), 60, 400]))
    if rng.random() < 0.8:
        spec += rng.choice("bcdoxXneEfFgGs%" + "%fgeddxs" + "yé")
    return spec


def random_printf(rng: random.Random) -> str:
    text = "%" + "".join(rng.sample("-+ #0", rng.randint(0, 3)))
    if rng.random() < 0.4:
        text += str(rng.randint(0, 20))
    if rng.random() < 0.4:
        text += "." + str(rng.choice([rng.randint(0, 20), 50]))
    return text + rng.choice("diouxXeEfFgGcrsa" + "dfsx" + "y")


def program(seed: int) -> str:
    rng = random.Random(seed)
    cases = []
    for _ in range(CASES):
        v = literal(random_value(rng))
        if rng.random() < 0.7:
            cases.append(f"format({v}, {random_spec(rng)!r})")
        else:
            cases.append(f"{random_printf(rng)!r} % ({v},)")
    lines = ["def show(f):",
             "    try:",
             "        print(repr(f()))",
             "    except ValueError as e:",
             "        print('ValueError', e)",
             "    except TypeError as e:",
             "        print('TypeError', e)",
             "    except OverflowError as e:",
             "        print('OverflowError', e)"]
    lines += [f"show(lambda: {case})" for case in cases]
    return "\n".join(lines) + "\n"


def run(argv: list) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONPATH=REPO)
    return subprocess.run(argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, timeout=600)


@pytest.mark.parametrize("seed", range(FIRST, FIRST + COUNT))
def test_random_formats(seed, tmp_path):
    path = tmp_path / f"fuzz_format_{seed}.py"
    path.write_text(program(seed))
    expected = run([sys.executable, str(path)])
    got = run([sys.executable, "-S", os.path.join(REPO, "bin", "pyvm"), str(path)])
    assert got.stderr.decode() == expected.stderr.decode()
    cases = path.read_text().splitlines()[9:]
    for case, want, have in zip(cases, expected.stdout.decode().splitlines(), got.stdout.decode().splitlines()):
        assert have == want, case
    assert got.stdout == expected.stdout and got.returncode == expected.returncode
