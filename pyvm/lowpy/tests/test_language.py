"""lowpy's language features, compiled to native code and run."""
import math
import struct

import pytest
from hypothesis import given, strategies as st


def test_arithmetic_and_control_flow(lowpy):
    m = lowpy("""
        def fib(n: i64) -> i64:
            a = 0
            b = 1
            for i in range(n):
                t = a + b
                a = b
                b = t
            return a

        def countdown(n: i64) -> i64:
            steps = 0
            for i in range(n, 0, -2):
                steps += i
            return steps
    """)
    assert [m.fib(n) for n in range(10)] == [0, 1, 1, 2, 3, 5, 8, 13, 21, 34]
    assert m.countdown(9) == sum(range(9, 0, -2))


def test_recursion_and_while_break_continue(lowpy):
    m = lowpy("""
        def fact(n: i64) -> i64:
            if n <= 1:
                return 1
            return n * fact(n - 1)

        def odd_sum_until(limit: i64) -> i64:
            total = 0
            i = 0
            while True:
                i += 1
                if i > limit:
                    break
                if i % 2 == 0:
                    continue
                total += i
            return total
    """)
    assert m.fact(20) == math.factorial(20)
    assert m.odd_sum_until(10) == 1 + 3 + 5 + 7 + 9


@pytest.fixture(scope="module")
def division(rt):
    from pyvm.lowpy.tests.conftest import Compiled
    rt.compile_lowpy("""from pyvm.lowpy.lang import *
def div(a: i64, b: i64) -> i64:
    return a // b
def mod(a: i64, b: i64) -> i64:
    return a % b
""", "language_division", "language_division.py")
    return Compiled(rt, "language_division")


@given(a=st.integers(-2**63, 2**63 - 1), b=st.integers(-2**63, 2**63 - 1).filter(lambda d: d != 0))
def test_signed_floor_division_and_modulo_follow_python(division, a, b):
    if a == -2**63 and b == -1:
        assert division.div(a, b) == -2**63     # wraps, like every other i64 operation
        return
    assert division.div(a, b) == a // b
    assert division.mod(a, b) == a % b


def test_unsigned_arithmetic_and_literals_adapt(lowpy):
    m = lowpy("""
        def wrap(x: u8) -> u8:
            return x + 200

        def shifts(x: u64) -> u64:
            return (x << 3) >> 1

        def arith_shift(x: i64) -> i64:
            return x >> 1

        def mask(x: u32) -> u32:
            y: u32 = 0xFF
            return x & y | 0x100
    """)
    assert m.wrap(100) == (100 + 200) % 256
    assert m.shifts(2**62) == ((2**62 << 3) % 2**64) >> 1
    assert m.arith_shift(-7) == -4
    assert m.mask(0x1234) == 0x134


def test_overflow_intrinsics(lowpy):
    m = lowpy("""
        def checked(a: i64, b: i64) -> i64:
            r, overflowed = add_ovf(a, b)
            if overflowed:
                return -1
            return r

        def checked_mul(a: i64, b: i64) -> i64:
            r, overflowed = mul_ovf(a, b)
            return 1 if overflowed else 0
    """)
    assert m.checked(2**62, 2**62 - 1) == 2**63 - 1
    assert m.checked(2**62, 2**62) == -1
    assert m.checked_mul(2**32, 2**31) == 1
    assert m.checked_mul(2**32, 2**30) == 0


def test_floats_and_conversions(lowpy):
    m = lowpy("""
        def hyp(a: f64, b: f64) -> f64:
            return sqrt(a * a + b * b)

        def to_int(x: f64) -> i64:
            return i64(floor(x))

        def bits(x: f64) -> u64:
            return cast(u64, x)

        def nan_test(x: f64) -> bool:
            return isnan(x) or x != x
    """)
    assert m.hyp(3.0, 4.0) == 5.0
    assert m.to_int(-2.5) == -3
    assert m.bits(-0.0) == struct.unpack("<Q", struct.pack("<d", -0.0))[0]
    assert m.nan_test(float("nan")) is True
    assert m.nan_test(1.0) is False


def test_structs_pointers_arrays_and_statics(lowpy):
    m = lowpy("""
        class Pair(Struct):
            a: i32
            b: i64
            small: Array[u8, 3]

        scratch = static(Pair)
        counter: i64 = 0

        def fill(n: i64) -> i64:
            global counter
            p = scratch
            p.a = i32(n)
            p.b = n * 2
            for i in range(3):
                p.small[i] = u8(i + 1)
            counter += 1
            q = addr(p.small[1])
            return i64(p.a) + p.b + i64(q[1]) + i64(p.small[0]) + counter

        def layout() -> i64:
            return sizeof(Pair) * 100 + i64(cast(i64, addr(scratch.b)) - cast(i64, scratch))
    """)
    assert m.fill(5) == 5 + 10 + 3 + 1 + 1
    assert m.fill(5) == 5 + 10 + 3 + 1 + 2
    assert m.layout() == 24 * 100 + 8


def test_function_pointers(lowpy):
    m = lowpy("""
        def twice(x: i64) -> i64:
            return 2 * x

        def apply(f: Fn[[i64], i64], x: i64) -> i64:
            return f(x)

        def run(x: i64) -> i64:
            return apply(twice, x)
    """)
    assert m.run(21) == 42


def test_bit_counts_min_max_abs(lowpy):
    m = lowpy("""
        def f(x: u64) -> i64:
            return i64(clz(x)) * 10000 + i64(ctz(x)) * 100 + i64(popcount(x))

        def g(a: i64, b: i64) -> i64:
            return max(a, b) * 1000 + min(a, b) + abs(a - b) * 1000000
    """)
    assert m.f(0b10110000) == 56 * 10000 + 4 * 100 + 3
    assert m.g(7, -2) == 7 * 1000 - 2 + 9 * 1000000


def test_heap_objects_and_words(lowpy):
    m = lowpy("""
        from pyvm.runtime.object import Object, small, small_value, is_small

        class Cell(Object, name="cell"):
            value: Word
            next: Word

        def make(n: i64) -> Word:
            head = cast(Word, 0)
            for i in range(n):
                c = new(Cell)
                if not c:
                    return cast(Word, 0)
                c.value = small(i)
                c.next = head
                head = cast(Word, c)
            return head

        def total(w: Word) -> i64:
            s = 0
            while w:
                c = cast(Ptr[Cell], w)
                s += small_value(c.value)
                w = c.next
            return s
    """)
    head = m.make(1000)
    assert m.total(head) == sum(range(1000))


def test_static_objects_hold_strings_and_function_pointers(lowpy):
    m = lowpy("""
        class Entry(Struct):
            label: Ptr[u8]
            action: Fn[[i64], i64]
            weight: i64

        def triple(x: i64) -> i64:
            return 3 * x

        ENTRY = static(Entry, label="abc", action=triple, weight=7)

        def run(x: i64) -> i64:
            e = ENTRY
            return e.action(x) + e.weight + i64(e.label[2])
    """)
    assert m.run(5) == 15 + 7 + ord("c")


def test_a_counted_loop_is_not_a_call_that_may_collect(rt):
    """`for i in range(...)` is lowpy's loop, not a call: a function with one needs no root record,
    and compiled code stores no registers around a call of it (attrcache.find_entry)."""
    collecting = set(rt.meta["collecting"])
    assert "runtime.attrcache.find_entry" not in collecting        # loops, allocates nothing
    assert "runtime.classobj.call_with_self" in collecting         # loops, and calls Python code
