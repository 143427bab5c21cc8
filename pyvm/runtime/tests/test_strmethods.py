"""Differential tests of the str methods (runtime/strmethods.py, strcase.py, strformat.py): random strs
mixing ASCII, Latin-1, Greek, Cyrillic, CJK, combining marks, line boundaries, digits of other scripts,
characters with special casing and random code points, put through every method with random arguments,
a batch per process under pyvm and under the host CPython, the outputs compared line by line.

Seeds are fixed and the count bounded so the suite stays steady and quick. To search further by hand:

    PYVM_FUZZ_STR=20 PYVM_FUZZ_FIRST=100 python3 -m pytest -q pyvm/runtime/tests/test_strmethods.py
"""
from __future__ import annotations

import os
import random
import sys

import pytest

from pyvm.runtime.tests.programs import REPO
from pyvm.runtime.tests.test_formatting import run

COUNT = int(os.environ.get("PYVM_FUZZ_STR", "3"))
FIRST = int(os.environ.get("PYVM_FUZZ_FIRST", "0"))
STRINGS = 60

ALPHABETS = [
    "abcxyzABCXYZ0189 _-.,:;'\"!?{}[]()+=",
    " \t\n\r\x0b\x0c\x1c\x1d\x1e\x1f\x85\xa0\u2028\u2029\u3000",
    "ßéÿµªºÀÆðþ\xad\xbd\xb2\xb9",
    "ΣσςάΐΰͅΑΩωϐϑϕϰϱϵ",
    "ЖжЯяЁёѠѡ",
    "日本語中文한국어ひらがな",
    "\u0301\u0308\u0345\u05b0\u200d\u00b7",
    "ﬁﬂŉǰİıǄǅǆǇǈǉǲẞᾳᾼῳῼᾈ",
    "²½٣۴८௫Ⅷⅸ①",
    "ʰʲˀაႠᲐᎠꭰ𐐀𐐨😀\U0001d7ce",
]


def random_text(rng: random.Random) -> str:
    n = rng.choice([0, 1, 2, 3, 5, 8, 13, 30])
    chars = []
    for _ in range(n):
        if rng.random() < 0.1:
            cp = rng.randint(0x80, 0x10FFFF)
            if 0xD800 <= cp <= 0xDFFF:
                cp = 0x10000 + cp
            chars.append(chr(cp))
        else:
            chars.append(rng.choice(rng.choice(ALPHABETS)))
    return "".join(chars)


def piece(rng: random.Random, s: str) -> str:
    """A substring of s, or random text."""
    if s and rng.random() < 0.7:
        i = rng.randint(0, len(s))
        return s[i:i + rng.randint(0, 3)]
    return random_text(rng)[:rng.randint(0, 3)]


def bound(rng: random.Random, s: str):
    return rng.choice([None, 0, 1, -1, len(s), len(s) + 2, -len(s) - 3, rng.randint(-len(s) - 1, len(s) + 1)])


NO_ARGUMENTS = ["lower", "upper", "title", "capitalize", "swapcase", "casefold", "isalpha", "isalnum", "isdecimal",
                "isdigit", "isnumeric", "isspace", "isprintable", "isascii", "islower", "isupper", "istitle",
                "isidentifier"]
WITH_ARGUMENTS = ["find", "rfind", "index", "rindex", "count", "startswith", "endswith", "split", "rsplit", "splitlines",
                  "partition", "rpartition", "join", "strip", "lstrip", "rstrip", "removeprefix", "removesuffix",
                  "replace", "center", "ljust", "rjust", "zfill", "expandtabs", "translate", "format"]


def cases(rng: random.Random, s: str) -> list:
    """(str, method, positional arguments, keyword arguments as pairs)."""
    out = [(s, m, (), ()) for m in NO_ARGUMENTS]
    for m in ["find", "rfind", "index", "rindex", "count", "startswith", "endswith"]:
        args = [piece(rng, s)]
        if m.endswith("with") and rng.random() < 0.3:
            args = [(piece(rng, s), piece(rng, s))]
        out.append((s, m, tuple(args + [bound(rng, s) for _ in range(rng.randint(0, 2))]), ()))
    sep = rng.choice([None, None, piece(rng, s) or " ", ",", "\n"])
    maxsplit = rng.choice([-1, 0, 1, 2, 5])
    out += [(s, "split", (sep, maxsplit), ()), (s, "rsplit", (), (("sep", sep), ("maxsplit", maxsplit))),
            (s, "split", (), ()), (s, "rsplit", (), ()), (s, "splitlines", (), ()),
            (s, "splitlines", (), (("keepends", True),))]
    sep = piece(rng, s) or "x"
    out += [(s, "partition", (sep,), ()), (s, "rpartition", (sep,), ()), (piece(rng, s), "join", (list(s[:5]),), ()),
            (s, "join", ((piece(rng, s), piece(rng, s)),), ())]
    chars = rng.choice([None, piece(rng, s), " ", "aé"])
    out += [(s, "strip", (chars,), ()), (s, "lstrip", (chars,), ()), (s, "rstrip", (chars,), ()), (s, "strip", (), ()),
            (s, "removeprefix", (piece(rng, s),), ()), (s, "removesuffix", (piece(rng, s),), ()),
            (s, "replace", (piece(rng, s), piece(rng, s)), ()),
            (s, "replace", (piece(rng, s), piece(rng, s), rng.randint(-1, 3)), ())]
    width = rng.randint(-2, len(s) + 6)
    fill = rng.choice([(), ("*",), ("é",), ("日",)])
    out += [(s, "center", (width,) + fill, ()), (s, "ljust", (width,) + fill, ()), (s, "rjust", (width,) + fill, ()),
            (s, "zfill", (width,), ()), ("-" + s, "zfill", (width,), ()), (s, "expandtabs", (), ()),
            (s, "expandtabs", (rng.randint(-1, 9),), ())]
    a = "".join(rng.sample(s, min(len(s), 3))) if s else "a"
    b = "".join(rng.choice(ALPHABETS[rng.randint(0, 9)]) for _ in a)
    out += [(s, "translate", (a, b, piece(rng, s)), ()),
            ("{}|{:^9}|{!r}|{0!a}" + s.replace("{", "{{").replace("}", "}}"), "format", (s, s, s), ())]
    return out


CALLER = """\
def call(s, m, a, k):
    if m == "translate":
        return s.translate(str.maketrans(*a))
""" + "".join(f"""    if m == "{m}":
        return s.{m}(*a, **dict(k))
""" for m in NO_ARGUMENTS + WITH_ARGUMENTS) + """

def show(case):
    s, m, a, k = case
    try:
        print(repr(call(s, m, a, k)))
    except ValueError as e:
        print('ValueError', e)
    except TypeError as e:
        print('TypeError', e)


"""


def program(seed: int) -> list:
    rng = random.Random(seed)
    all_cases = []
    for _ in range(STRINGS):
        all_cases += cases(rng, random_text(rng))
    return all_cases


def source(all_cases: list) -> str:
    return CALLER + "CASES = [\n" + "".join(f"    {c!r},\n" for c in all_cases) + "]\nfor case in CASES:\n    show(case)\n"


@pytest.mark.parametrize("seed", range(FIRST, FIRST + COUNT))
def test_random_str_methods(seed, tmp_path):
    path = tmp_path / f"fuzz_str_{seed}.py"
    all_cases = program(seed)
    path.write_text(source(all_cases), encoding="utf-8")
    expected = run([sys.executable, str(path)])
    got = run([sys.executable, "-S", os.path.join(REPO, "bin", "pyvm"), str(path)])
    assert got.stderr.decode() == expected.stderr.decode()
    for case, want, have in zip(all_cases, expected.stdout.decode().splitlines(), got.stdout.decode().splitlines()):
        assert have == want, case
    assert got.stdout == expected.stdout and got.returncode == expected.returncode
