"""hash() of builtin values against CPython's, with PYTHONHASHSEED fixed: random values (ints big and
negative, floats with infinities, strs of any width, bytes, bools, tuples, frozensets, ranges, nested)
printed with their hashes by a program run under the host CPython and under pyvm with the same seed,
and the order of a set of the strs among them (which follows from their hashes)."""
from __future__ import annotations

import math
import os
import sys

from hypothesis import HealthCheck, given, settings, strategies as st

from tests.test_conformance import REPO, run, text

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
SETTINGS = settings(max_examples=6 if STRESS else 15, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])

ints = st.one_of(st.integers(-2**70, 2**70), st.integers(-300, 300),
                 st.sampled_from([-1, -2, 2**61 - 1, 2**61, -2**61]))
floats = st.floats(allow_nan=False) | st.sampled_from([0.5, -0.0, 1e300, 2.0**61])
strs = st.one_of(st.text(max_size=12), st.text(st.characters(max_codepoint=0xFF), max_size=20),
                 st.text(st.characters(min_codepoint=0x100, max_codepoint=0xFFFF), max_size=9),
                 st.text("ab_", max_size=30))
scalars = st.one_of(ints, floats, strs, st.binary(max_size=20), st.booleans(),
                    st.builds(lambda a, n, k: range(a, a + n * k, k), st.integers(-50, 50), st.integers(2, 9),
                              st.integers(-9, 9).filter(bool)))         # len < 2 hashes None, by identity
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4).map(tuple),
                                                        st.frozensets(inner, max_size=4)), max_leaves=12)


def source(v) -> str:
    """v as an expression (repr, but for infinities)."""
    if isinstance(v, float) and math.isinf(v):
        return "float('inf')" if v > 0 else "-float('inf')"
    if isinstance(v, tuple):
        return "(" + "".join(source(x) + ", " for x in v) + ")"
    if isinstance(v, frozenset):
        return "frozenset([" + ", ".join(source(x) for x in v) + "])"
    return repr(v)


@given(st.integers(0, 2**32 - 1), st.lists(values, min_size=1, max_size=30))
@SETTINGS
def test_hashes_as_cpython(tmp_path_factory, seed, xs):
    path = tmp_path_factory.mktemp("hashes") / "hashes.py"
    path.write_text("xs = [" + ",\n      ".join(source(x) for x in xs) + "]\n"
                    "for x in xs:\n    print(hash(x))\n"
                    "print([s for s in set(x for x in xs if type(x) is str)])\n", encoding="utf-8",
                    errors="surrogatepass")
    env = {"PYTHONHASHSEED": str(seed)}
    ref = run([sys.executable, str(path)], 60, env)
    got = run([sys.executable, "-S", str(REPO / "bin" / "pyvm"), str(path)], 600, env)
    assert ref.returncode == 0, text(ref.stderr)
    assert text(got.stdout) == text(ref.stdout), text(got.stderr)
    assert got.returncode == 0
