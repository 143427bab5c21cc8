"""Differential fuzzing of parameters and calls: random programs of defs with random parameter lists
(defaults, positional-only, keyword-only, *args, **kwargs) and random calls of them (positional,
keywords, *seq, **mapping, wrong ones included), run under the host CPython and pyvm and compared
(stdout, stderr, exit status).

The seeds are fixed and the count bounded, so that the suite stays steady and quick (and pyvm's
disk cache serves later runs). To search further by hand:

    PYVM_FUZZ_CALLS=200 PYVM_FUZZ_FIRST=1000 python3 -m pytest -q tests/test_fuzz_calls.py
"""
from __future__ import annotations

import os
import random

import pytest

from tests.test_conformance import REPO, run

NAMES = ["a", "b", "c", "d", "e"]
COUNT = int(os.environ.get("PYVM_FUZZ_CALLS", "6"))
FIRST = int(os.environ.get("PYVM_FUZZ_FIRST", "0"))


def parameters(rng: random.Random) -> tuple[str, list]:
    """A random parameter list, and the names it binds in order."""
    names = rng.sample(NAMES, rng.randint(0, 4))
    npositional = rng.randint(0, len(names))
    positional, kwonly = names[:npositional], names[npositional:]
    nposonly = rng.randint(0, npositional) if rng.random() < 0.3 else 0
    ndefaults = rng.randint(0, npositional)
    parts = []
    for i, name in enumerate(positional):
        default = f"={rng.randint(10, 99)}" if i >= npositional - ndefaults else ""
        parts.append(name + default)
        if i == nposonly - 1:
            parts.append("/")
    varargs = rng.random() < 0.4
    if varargs:
        parts.append("*args")
    elif kwonly:
        parts.append("*")
    for name in kwonly:
        parts.append(name + (f"={rng.randint(100, 199)}" if rng.random() < 0.5 else ""))
    varkw = rng.random() < 0.4
    if varkw:
        parts.append("**kw")
    bound = positional + kwonly + (["args"] if varargs else []) + (["kw"] if varkw else [])
    return ", ".join(parts), bound


def call_text(rng: random.Random, f: str) -> str:
    """A random call of f: positional items (plain or *seq), then keywords (named or **mapping)."""
    items = []
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3, 4])):
        if rng.random() < 0.2:
            items.append(rng.choice([f"*[{rng.randint(0, 9)}, {rng.randint(0, 9)}]", "*()", "*(7,)", "*5", "*'xy'"]))
        else:
            items.append(str(rng.randint(0, 9)))
    used = set()
    for _ in range(rng.choice([0, 0, 1, 1, 2, 3])):
        if rng.random() < 0.2:
            keys = rng.sample(NAMES + ["z"], rng.randint(0, 2))
            pairs = ", ".join(f"{k}={rng.randint(0, 9)}" for k in keys)
            items.append(rng.choice([f"**dict({pairs})", f"**dict({pairs})", "**3", "**dict([(1, 2)])"]))
        else:
            name = rng.choice([n for n in NAMES + ["z", "args", "kw"] if n not in used] or ["q"])
            used.add(name)
            items.append(f"{name}={rng.randint(0, 9)}")
    return f"{f}({', '.join(items)})"


def program(seed: int) -> str:
    rng = random.Random(seed)
    lines = ["def show(f, *args, **kw):",
             "    try:",
             "        print(f(*args, **kw))",
             "    except TypeError as e:",
             "        print('TypeError:', e)",
             ""]
    functions = []
    for i in range(rng.randint(4, 8)):
        params, bound = parameters(rng)
        body = f"return ({', '.join(bound)}{',' if len(bound) == 1 else ''})"
        if rng.random() < 0.3:
            lines += [f"def outer{i}():", f"    def f{i}({params}):", f"        {body}", f"    return f{i}",
                      f"f{i} = outer{i}()"]
        elif rng.random() < 0.2:
            lines.append(f"f{i} = lambda {params}: ({', '.join(bound)}{',' if len(bound) == 1 else ''})")
        else:
            lines += [f"def f{i}({params}):", f"    {body}"]
        functions.append(f"f{i}")
    calls = []
    for _ in range(rng.randint(20, 40)):
        f = rng.choice(functions)
        text = call_text(rng, f)
        calls.append(text)
        lines += ["try:", f"    print({text!r}, {text})", "except TypeError as e:", f"    print({text!r}, 'TypeError:', e)"]
    # Calls made from compiled functions, in a loop (the JIT's keyword and default calls), and through
    # show (CALL_EX with both parts).
    lines.append("def loop():")
    lines.append("    for i in range(3):")
    for text in rng.sample(calls, min(6, len(calls))):
        lines += ["        try:", f"            print(i, {text})", "        except TypeError as e:",
                  "            print(i, 'TypeError:', e)"]
    lines.append("loop()")
    for f in rng.sample(functions, 3):
        lines.append(f"show({f}, {rng.randint(0, 9)}, {', '.join(f'{k}={v}' for k, v in zip(rng.sample(NAMES, 2), (1, 2)))})")
    # One uncaught at the end, for the traceback.
    lines.append(call_text(rng, rng.choice(functions)))
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize("seed", range(FIRST, FIRST + COUNT))
def test_random_calls(seed, tmp_path):
    path = tmp_path / f"fuzz_calls_{seed}.py"
    path.write_text(program(seed))
    import sys
    expected = run([sys.executable, str(path)], 60)
    got = run([sys.executable, "-S", str(REPO / "bin" / "pyvm"), str(path)], 600)
    assert (got.returncode, got.stdout.decode(), got.stderr.decode()) == \
        (expected.returncode, expected.stdout.decode(), expected.stderr.decode()), path.read_text()
