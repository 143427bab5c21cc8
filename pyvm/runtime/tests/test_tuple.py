"""tuple (pyvm/runtime/tupleobj.py) against CPython's tuple."""
import ctypes
import os

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck

from pyvm.native import load_runtime

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
SETTINGS = settings(max_examples=30 if STRESS else 150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

T = "runtime.tupleobj."


@pytest.fixture(scope="module")
def rt():
    return load_runtime()


# Small ints only: the bigint and float modules are tested on their own.
scalars = st.one_of(st.none(), st.booleans(), st.integers(-2**61, 2**61), st.text(max_size=5))
values = st.recursive(scalars, lambda inner: st.one_of(st.lists(inner, max_size=4),
                                                       st.lists(inner, max_size=4).map(tuple)), max_leaves=12)
tuples = st.lists(values, max_size=8).map(tuple)


@given(tuples)
@SETTINGS
def test_len_and_round_trip(rt, t):
    r = rt.from_py(t)
    assert rt.call(T + "tuple_len", r) == len(t)
    assert rt.to_py(r) == t


@given(tuples, st.integers(-12, 12))
@SETTINGS
def test_getitem(rt, t, i):
    r = rt.from_py(t)
    if -len(t) <= i < len(t):
        assert rt.to_py(rt.call(T + "tuple_getitem", r, i)) == t[i]
    else:
        with pytest.raises(IndexError, match="^tuple index out of range$"):
            rt.call(T + "tuple_getitem", r, i)


def test_getitem_extreme_indices(rt):
    r = rt.from_py((1, 2))
    for i in (2**63 - 1, -2**63, 2, -3):
        with pytest.raises(IndexError, match="tuple index out of range"):
            rt.call(T + "tuple_getitem", r, i)
    with pytest.raises(IndexError, match="tuple index out of range"):
        rt.call(T + "tuple_getitem", rt.from_py(()), 0)


@given(tuples, tuples)
@SETTINGS
def test_concat(rt, a, b):
    r = rt.call(T + "tuple_concat", rt.from_py(a), rt.from_py(b))
    assert rt.call(T + "tuple_len", r) == len(a) + len(b)
    assert rt.to_py(r) == a + b


def test_concat_with_empty_returns_the_other(rt):
    a = rt.from_py((1, "x"))
    e = rt.from_py(())
    assert rt.word(rt.call(T + "tuple_concat", a, e)) == rt.word(a)
    assert rt.word(rt.call(T + "tuple_concat", e, a)) == rt.word(a)


@given(st.lists(st.one_of(st.none(), st.booleans(), st.integers(-2**40, 2**40)), max_size=20))
@SETTINGS
def test_from_items(rt, items):
    # Small ints, None and booleans are not in the moving heap, so their raw
    # Words stay valid in a C array while tuple_from_items allocates.
    roots = [rt.from_py(x) for x in items]
    array = (ctypes.c_uint64 * max(1, len(items)))(*[rt.word(r) for r in roots])
    t = rt.call(T + "tuple_from_items", ctypes.addressof(array), len(items))
    assert rt.to_py(t) == tuple(items)


@given(tuples, st.data())
@SETTINGS
def test_from_slice(rt, t, data):
    start = data.draw(st.integers(0, len(t)))
    n = data.draw(st.integers(0, len(t) - start))
    r = rt.call(T + "tuple_from_slice", rt.from_py(t), start, n)
    assert rt.to_py(r) == t[start:start + n]


def test_tuples_survive_collections(rt):
    n = 40 if STRESS else 1000
    kept = [(i, ("s%d" % i, [i, "é" * (i % 5)], (i,))) for i in range(n)]
    roots = [(v, rt.from_py(v)) for _, v in kept]
    acc = rt.from_py(())
    for v, r in roots[:100]:
        acc = rt.call(T + "tuple_concat", acc, r)
    assert rt.to_py(acc) == sum((v for v, _ in roots[:100]), ())
    for v, r in roots:
        assert rt.to_py(r) == v
