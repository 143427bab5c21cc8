"""list (pyvm/runtime/listobj.py) against a Python list model."""
import ctypes
import os

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck
from hypothesis.stateful import RuleBasedStateMachine, rule, invariant, initialize

from pyvm.native import load_runtime
from pyvm.runtime.tests.programs import run_lowpy

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
SETTINGS = settings(max_examples=30 if STRESS else 150, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow])

L = "runtime.listobj."

_runtime = None


def runtime():
    global _runtime
    if _runtime is None:
        _runtime = load_runtime()
    return _runtime


@pytest.fixture(scope="module")
def rt():
    return runtime()


def call_failing(rt, name, *args):
    """Call a bool-returning function that must fail; return the Python exception it raised."""
    with pytest.raises(Exception) as info:
        result = rt.call(name, *args)
        if result is False:
            rt.raise_pending()
    return info.value


# -- struct access (layouts shared with the bridge: keep in step with listobj.py) --------

def read_i64(address):
    return ctypes.c_int64.from_address(address).value


def list_fields(rt, root):
    """(size, capacity, items address or 0) read from the List and its WordArray."""
    base = rt.word(root)
    size = read_i64(base + 8)
    items = read_i64(base + 16)
    capacity = read_i64(items + 8) if items else 0
    return size, capacity, items


KEEP_SMALL_ARRAY = 16


def expected_capacity(allocated, size, new_size):
    """The capacity after resizing from size to new_size: CPython's list_resize, with two differences.
    Growing within the capacity keeps it (CPython would shrink a presized list on its first append),
    and shrinking waits until the size falls below a quarter of the capacity (CPython: half), never
    for an array of at most KEEP_SMALL_ARRAY slots (a list used as a stack keeps its array)."""
    keep = new_size >= (allocated >> 2) or allocated <= KEEP_SMALL_ARRAY or new_size >= size
    if allocated >= new_size and keep:
        return allocated
    new_allocated = (new_size + (new_size >> 3) + 6) & ~3
    if new_size - size > new_allocated - new_size:
        new_allocated = (new_size + 3) & ~3
    if new_size == 0:
        new_allocated = 0
    return new_allocated


values = st.one_of(st.integers(-100, 100), st.text(max_size=3), st.none(), st.booleans())


class ListMachine(RuleBasedStateMachine):
    """Random operation sequences on a runtime list and a Python list, compared after each step."""

    @initialize(capacity=st.integers(-2, 20))
    def create(self, capacity):
        self.rt = runtime()
        self.list = self.rt.call(L + "list_new", capacity)
        self.model = []
        self.capacity = max(capacity, 0)

    def resized(self, new_size):
        self.capacity = expected_capacity(self.capacity, len(self.model), new_size)

    @rule(x=values)
    def append(self, x):
        assert self.rt.call(L + "list_append", self.list, self.rt.from_py(x)) is True
        self.resized(len(self.model) + 1)
        self.model.append(x)

    @rule(i=st.integers(-12, 12), x=values)
    def insert(self, i, x):
        assert self.rt.call(L + "list_insert", self.list, i, self.rt.from_py(x)) is True
        self.resized(len(self.model) + 1)
        self.model.insert(i, x)

    @rule(i=st.integers(-12, 12))
    def pop(self, i):
        if not self.model:
            with pytest.raises(IndexError, match="^pop from empty list$"):
                self.rt.call(L + "list_pop", self.list, i)
        elif not -len(self.model) <= i < len(self.model):
            with pytest.raises(IndexError, match="^pop index out of range$"):
                self.rt.call(L + "list_pop", self.list, i)
        else:
            x = self.rt.to_py(self.rt.call(L + "list_pop", self.list, i))
            self.resized(len(self.model) - 1)
            assert x == self.model.pop(i)

    @rule(i=st.integers(-12, 12))
    def getitem(self, i):
        if -len(self.model) <= i < len(self.model):
            assert self.rt.to_py(self.rt.call(L + "list_getitem", self.list, i)) == self.model[i]
        else:
            with pytest.raises(IndexError, match="^list index out of range$"):
                self.rt.call(L + "list_getitem", self.list, i)

    @rule(i=st.integers(-12, 12), x=values)
    def setitem(self, i, x):
        if -len(self.model) <= i < len(self.model):
            assert self.rt.call(L + "list_setitem", self.list, i, self.rt.from_py(x)) is True
            self.model[i] = x
        else:
            e = call_failing(self.rt, L + "list_setitem", self.list, i, self.rt.from_py(x))
            assert isinstance(e, IndexError) and str(e) == "list assignment index out of range"

    @rule(other=st.lists(values, max_size=6), left=st.booleans())
    def concat(self, other, left):
        o = self.rt.from_py(other)
        if left:
            r = self.rt.call(L + "list_concat", self.list, o)
            expected = self.model + other
        else:
            r = self.rt.call(L + "list_concat", o, self.list)
            expected = other + self.model
        assert self.rt.to_py(r) == expected
        assert list_fields(self.rt, r)[:2] == (len(expected), len(expected))
        assert self.rt.to_py(o) == other

    @invariant()
    def same_as_model(self):
        if not hasattr(self, "list"):
            return
        assert self.rt.call(L + "list_len", self.list) == len(self.model)
        assert self.rt.to_py(self.list) == self.model
        size, capacity, items = list_fields(self.rt, self.list)
        assert size == len(self.model)
        assert capacity == self.capacity          # grows as CPython's, shrinks as expected_capacity says
        assert (items == 0) == (capacity == 0)
        for k in range(size, capacity):           # slots past the end hold nothing
            assert read_i64(items + 16 + 8 * k) == 0


ListMachine.TestCase.settings = settings(max_examples=25 if STRESS else 120, stateful_step_count=40,
                                         deadline=None, suppress_health_check=[HealthCheck.too_slow])
test_list_operations = ListMachine.TestCase


# -- explicit cases ------------------------------------------------------------------

def test_error_messages(rt):
    l = rt.call(L + "list_new", 0)
    with pytest.raises(IndexError, match="^list index out of range$"):
        rt.call(L + "list_getitem", l, 0)
    with pytest.raises(IndexError, match="^pop from empty list$"):
        rt.call(L + "list_pop", l, -1)
    e = call_failing(rt, L + "list_setitem", l, 0, rt.from_py(1))
    assert isinstance(e, IndexError) and str(e) == "list assignment index out of range"
    rt.call(L + "list_append", l, rt.from_py("x"))
    for i in (1, -2, 2**63 - 1, -2**63):
        with pytest.raises(IndexError, match="^list index out of range$"):
            rt.call(L + "list_getitem", l, i)
        with pytest.raises(IndexError, match="^pop index out of range$"):
            rt.call(L + "list_pop", l, i)
    assert rt.to_py(l) == ["x"]


def test_insert_clamps_like_cpython(rt):
    model = []
    l = rt.call(L + "list_new", 0)
    for k, i in enumerate([0, 5, -5, 1, -1, 2**63 - 1, -2**63, 3, -2]):
        rt.call(L + "list_insert", l, i, rt.from_py(k))
        model.insert(i, k)
    assert rt.to_py(l) == model


@given(st.lists(values, max_size=30))
@SETTINGS
def test_from_tuple(rt, items):
    t = rt.from_py(tuple(items))
    l = rt.call(L + "list_from_tuple", t)
    assert rt.to_py(l) == items
    assert list_fields(rt, l)[:2] == (len(items), len(items))


def test_new_with_capacity(rt):
    l = rt.call(L + "list_new", 10)
    assert list_fields(rt, l)[:2] == (0, 10)
    for k in range(10):
        rt.call(L + "list_append", l, rt.from_py(k))
    assert list_fields(rt, l)[:2] == (10, 10)
    assert rt.to_py(l) == list(range(10))
    with pytest.raises(MemoryError):
        rt.call(L + "list_new", 2**62)


def test_growth_follows_cpython_and_shrinking_waits_for_a_quarter(rt):
    n = 200 if STRESS else 2000
    l = rt.call(L + "list_new", 0)
    capacity = 0
    for k in range(n):
        rt.call(L + "list_append", l, rt.from_py(k))
        capacity = expected_capacity(capacity, k, k + 1)
        assert list_fields(rt, l)[:2] == (k + 1, capacity)
    for k in range(n, 0, -1):
        assert rt.to_py(rt.call(L + "list_pop", l, -1)) == k - 1
        capacity = expected_capacity(capacity, k, k - 1)
        assert list_fields(rt, l)[:2] == (k - 1, capacity)
    assert 0 < capacity <= KEEP_SMALL_ARRAY and list_fields(rt, l)[1] == capacity


def test_lists_of_heap_objects_survive_collections(rt):
    n = 100 if STRESS else 3000
    l = rt.call(L + "list_new", 0)
    for k in range(n):
        rt.call(L + "list_append", l, rt.from_py("item %d" % k))
        if k % 7 == 0:
            rt.from_py(["garbage"] * 20)        # allocations in between move things around
    nested = rt.call(L + "list_new", 0)
    rt.call(L + "list_append", nested, l)
    rt.call(L + "list_append", nested, rt.from_py(("t", ["u"])))
    assert rt.to_py(l) == ["item %d" % k for k in range(n)]
    assert rt.to_py(nested)[1] == ("t", ["u"])
    assert rt.to_py(nested)[0] == ["item %d" % k for k in range(n)]


# -- a million appends, in native code, across collections ---------------------------------

MILLION_PROGRAM = """\
from pyvm.lowpy.lang import *
from pyvm.runtime.object import small
from pyvm.runtime.listobj import list_new, list_append, list_len, list_getitem, list_setitem, list_pop
from pyvm.runtime.strobj import str_from_code_point, str_concat, str_eq, str_len
from pyvm.gc.heap import collect

N = {n}


def marker(k: i64) -> Word:
    # a non-ASCII one-character str: a fresh heap object every time
    return str_from_code_point(0x4E00 + (k // 1000) % 5000)


def main() -> i64:
    l = list_new(0)
    for k in range(N):
        if not list_append(l, small(k)):
            return 1
        if k % 1000 == 0:
            s = marker(k)
            if not s:
                return 2
            list_setitem(l, k, s)
            garbage = list_new(500)             # 4 KB of garbage to make the heap collect
            if not garbage:
                return 2
        if k % 250000 == 0:
            collect(0)
    if list_len(l) != N:
        return 3
    for k in range(N):
        x = list_getitem(l, k)
        if k % 1000 == 0:
            if not str_eq(x, marker(k)) or str_len(x) != 1:
                return 4
        elif cast(i64, x) != cast(i64, small(k)):
            return 5
    for k in range(N - 1, N // 2 - 1, -1):
        x = list_pop(l, -1)
        if k % 1000 != 0 and cast(i64, x) != cast(i64, small(k)):
            return 6
    collect(0)
    if list_len(l) != N // 2:
        return 7
    for k in range(N // 2):
        x = list_getitem(l, k)
        if k % 1000 == 0:
            if not str_eq(x, marker(k)):
                return 8
        elif cast(i64, x) != cast(i64, small(k)):
            return 9
    return 0
"""


def test_a_million_appends_survive_collections(tmp_path):
    # In a subprocess: a collector bug must fail this test, not kill the test run.
    n = 100_000 if STRESS else 1_000_000
    result = run_lowpy(tmp_path, MILLION_PROGRAM.format(n=n), name="million")
    assert result.returncode == 0, (result.returncode, result.stderr.decode(errors="replace")[-2000:])
