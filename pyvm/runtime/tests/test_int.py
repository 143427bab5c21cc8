"""int (pyvm/runtime/intobj.py, bigint.py, inttext.py) against CPython's own int."""
import ctypes
import math
import operator
import os
import random
import sys
import time
import unicodedata

import pytest
from hypothesis import HealthCheck, assume, example, given, settings, strategies as st

from pyvm.native import load_runtime

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
EXAMPLES = 40 if STRESS else 300
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

I = "runtime.intobj."
SMALL_MIN, SMALL_MAX = -(1 << 62), (1 << 62) - 1

# The bridge writes big ints as decimal text; CPython 3.11 limits that to 4300 digits.
sys.set_int_max_str_digits(0)


@pytest.fixture(scope="module")
def rt():
    return load_runtime()


# -- values to test with ---------------------------------------------------------------

EDGES = sorted({s * ((1 << k) + d) for k in (0, 31, 32, 33, 52, 53, 54, 61, 62, 63, 64, 65, 95, 96, 127, 128)
                for d in (-2, -1, 0, 1) for s in (1, -1)} | {0})


def runs_of_bits(parts):
    """Numbers made of long runs of ones and zeros: they stress carries and borrows."""
    value = 0
    for bit, length in parts:
        value = (value << length) | (((1 << length) - 1) if bit else 0)
    return value


def signed(strategy):
    return st.builds(lambda v, negative: -v if negative else v, strategy, st.booleans())


ints = st.one_of(
    st.sampled_from(EDGES),
    st.integers(min_value=-(1 << 70), max_value=1 << 70),
    st.integers(),
    signed(st.integers(min_value=0, max_value=10 ** 300)),
    signed(st.builds(lambda k, d: (1 << k) + d, st.integers(0, 1200), st.integers(-3, 3))),
    signed(st.builds(runs_of_bits, st.lists(st.tuples(st.booleans(), st.integers(1, 100)), min_size=1, max_size=12))),
)
small_ints = st.integers(min_value=SMALL_MIN, max_value=SMALL_MAX)


# -- reading results without the runtime's own conversions -------------------------------

def value_of(rt, root):
    """The int a Root holds, read from its tag or its BigInt fields (not through int_to_decimal)."""
    w = rt.word(root)
    if w & 1:
        return w >> 1
    assert rt.type_name(w) == "int"
    field = lambda name: rt.read_i64(w + rt.offset(I + "BigInt", name))
    sign, size, capacity = field("sign"), field("size"), field("capacity")
    assert sign in (1, -1) and 2 <= size <= capacity
    base = w + rt.offset(I + "BigInt", "digits")
    digits = (ctypes.c_uint32 * size).from_address(base)
    assert digits[size - 1] != 0, "a BigInt must be normalized"
    value = sign * sum(d << (32 * i) for i, d in enumerate(digits))
    assert not SMALL_MIN <= value <= SMALL_MAX, "a value that fits in 63 bits must be a small int"
    return value


def make(rt, value):
    root = rt.from_py(value)
    assert value_of(rt, root) == value
    return root


def call(rt, name, *args):
    return rt.call(I + name, *[make(rt, a) if isinstance(a, int) and not isinstance(a, bool) else a for a in args])


def same(rt, name, py, *args):
    """The runtime's operation gives Python's result, or raises Python's exception and message."""
    try:
        expected = py(*args)
    except (ArithmeticError, ValueError) as e:
        with pytest.raises(type(e)) as got:
            call(rt, name, *args)
        assert str(got.value) == str(e)
        return
    result = call(rt, name, *args)
    if isinstance(expected, tuple):
        assert rt.type_name(rt.word(result)) == "tuple"
        items = rt.to_py(result)
        assert items == expected
    else:
        assert value_of(rt, result) == expected


# -- small ints through tagged words (no bridge conversion involved) ------------------------

def test_small_ints_are_tagged_words(rt):
    two, three = rt.root((2 << 1) | 1), rt.root((3 << 1) | 1)
    assert rt.word(rt.call(I + "int_add", two, three)) == (5 << 1) | 1
    assert rt.word(rt.call(I + "int_mul", two, three)) == (6 << 1) | 1
    minus = rt.root((-7 << 1) | 1)
    assert rt.word(rt.call(I + "int_floordiv", minus, two)) == (-4 << 1) | 1
    assert rt.call(I + "int_compare", two, three) == -1


@given(small_ints, small_ints)
@SETTINGS
def test_small_arithmetic(rt, a, b):
    same(rt, "int_add", operator.add, a, b)
    same(rt, "int_sub", operator.sub, a, b)
    same(rt, "int_mul", operator.mul, a, b)
    same(rt, "int_floordiv", operator.floordiv, a, b)
    same(rt, "int_mod", operator.mod, a, b)


# -- arithmetic ----------------------------------------------------------------------------

@given(ints, ints)
@SETTINGS
@example(SMALL_MAX, 1)
@example(SMALL_MIN, -1)
@example(SMALL_MIN, SMALL_MIN)
@example(1 << 64, -(1 << 64))
@example((1 << 64) - 1, 1)
@example(SMALL_MAX + 1, -1)
@example(SMALL_MAX + 1, 1)
@example(SMALL_MIN - 1, 1)
@example(SMALL_MIN - 1, -1)
@example((1 << 64) + 5, -(1 << 64))
def test_add_sub(rt, a, b):
    same(rt, "int_add", operator.add, a, b)
    same(rt, "int_sub", operator.sub, a, b)


@given(ints, ints)
@SETTINGS
@example(SMALL_MIN, -1)
@example(1 << 31, 1 << 31)
@example(-(1 << 62), 2)
@example((1 << 32) - 1, (1 << 32) - 1)
def test_mul(rt, a, b):
    same(rt, "int_mul", operator.mul, a, b)


def long_int(digits, seed, kind):
    """An int of about `digits` base-2**32 digits: random, all ones (the most carries), or sparse."""
    bits = 32 * digits
    if kind == 0:
        return random.Random(seed).getrandbits(bits) | (1 << (bits - 1))
    if kind == 1:
        return (1 << bits) - 1
    return (1 << (bits - 1)) + (1 << (seed % bits)) + 1


long_ints = signed(st.builds(long_int, st.integers(1, 60 if STRESS else 400), st.integers(0, 1 << 30), st.integers(0, 2)))


@given(long_ints, long_ints)
@SETTINGS
@example((1 << (32 * 32)) - 1, (1 << (32 * 32)) - 1)        # at the Karatsuba cutoff
@example((1 << (32 * 31)) - 1, (1 << (32 * 33)) - 1)
@example((1 << (32 * 100)) - 1, -((1 << (32 * 33)) - 1))    # cut into pieces, a short last one
@example(-((1 << (32 * 64)) - 1), (1 << (32 * 64)) - 1)
def test_long_mul_and_divmod(rt, a, b):
    same(rt, "int_mul", operator.mul, a, b)
    same(rt, "int_mul", operator.mul, a, a)
    same(rt, "int_divmod", divmod, a * b + (b - 1 if b > 0 else b + 1), b)


KNUTH_ADD_BACK = [   # divisions that take algorithm D's rare "add back" step (found with a model of it)
    (0x7fffffff800000000000000000000000, 0x800000000000000000000001),
    (0x5610ff2000000000000000000000000000000000ffffffff, 0x80000000000000000000000000000001),
    (0x38dde7f5800000000000000000000000000000000000000000000001, 0x800000000000000000000000ffffffff),
    (0xfa5cec8000000000000000000000000000000000000000000000001, 0x8000000000000000ffffffff00000000),
]


@pytest.mark.parametrize("a, b", KNUTH_ADD_BACK)
@pytest.mark.parametrize("sa, sb", [(1, 1), (1, -1), (-1, 1), (-1, -1)])
def test_division_add_back(rt, a, b, sa, sb):
    same(rt, "int_divmod", divmod, sa * a, sb * b)


@given(ints, ints)
@SETTINGS
@example(SMALL_MIN, -1)
@example(-7, 2)
@example(7, -2)
@example(-(1 << 100), 3)
@example(-(1 << 100), (1 << 100) + 1)
@example((1 << 100) - 1, -(1 << 100))
@example(5, 0)
@example(1 << 100, 0)
def test_floordiv_mod_divmod(rt, a, b):
    same(rt, "int_floordiv", operator.floordiv, a, b)
    same(rt, "int_mod", operator.mod, a, b)
    same(rt, "int_divmod", divmod, a, b)


@given(ints, st.one_of(ints, st.sampled_from([1, -1, 2, -2, 3, (1 << 32) - 1, 1 << 32, (1 << 64) + 1])))
@SETTINGS
def test_division_identity(rt, a, b):
    assume(b != 0)
    q = value_of(rt, call(rt, "int_floordiv", a, b))
    r = value_of(rt, call(rt, "int_mod", a, b))
    assert q * b + r == a and (r == 0 or (r < 0) == (b < 0)) and abs(r) < abs(b)


def test_division_by_zero_messages(rt):
    for a in (0, 5, -(1 << 100)):
        with pytest.raises(ZeroDivisionError, match=r"^integer division or modulo by zero$"):
            call(rt, "int_floordiv", a, 0)
        with pytest.raises(ZeroDivisionError, match=r"^integer division or modulo by zero$"):
            call(rt, "int_divmod", a, 0)
        # CPython 3.11 words it differently for %.
        with pytest.raises(ZeroDivisionError, match=r"^integer modulo by zero$"):
            call(rt, "int_mod", a, 0)


@given(st.one_of(ints, st.integers(-20, 20)), st.integers(0, 300))
@SETTINGS
@example(2, 62)
@example(-2, 62)
@example(2, 61)
@example(-2, 63)
@example(3, 39)
@example(3, 40)
@example(-1, 1001)
@example(0, 0)
@example(1 << 40, 3)
def test_pow(rt, a, e):
    if abs(a) > 1 << 200:
        e = min(e, 5)
    same(rt, "int_pow", pow, a, e)


def test_pow_big_results(rt):
    same(rt, "int_pow", pow, 3, 20000)
    same(rt, "int_pow", pow, -(2 ** 64 + 1), 301)
    same(rt, "int_pow", pow, 2, 100000)
    same(rt, "int_pow", pow, -8, 10001)


def test_pow_with_huge_exponents(rt):
    for base in (0, 1, -1):
        for e in (1 << 62, (1 << 100) + 1, 1 << 100):
            same(rt, "int_pow", pow, base, e)
    for base, e in ((2, 1 << 62), (3, 10 ** 12), (-2, 1 << 100), (1 << 100, 1 << 40)):
        with pytest.raises(MemoryError):
            call(rt, "int_pow", base, e)


def test_pow_negative_exponent(rt):
    with pytest.raises(ValueError, match="^pyvm: negative int exponent needs float$"):
        call(rt, "int_pow", 2, -1)
    with pytest.raises(ValueError, match="^pyvm: negative int exponent needs float$"):
        call(rt, "int_pow", 1 << 100, -(1 << 100))
    with pytest.raises(ZeroDivisionError, match=r"^0\.0 cannot be raised to a negative power$"):
        call(rt, "int_pow", 0, -3)


@given(ints)
@SETTINGS
@example(SMALL_MIN)
@example(SMALL_MAX)
@example(-SMALL_MIN)
@example(-(1 << 63))
def test_unary(rt, a):
    same(rt, "int_neg", operator.neg, a)
    same(rt, "int_pos", operator.pos, a)
    same(rt, "int_abs", abs, a)
    same(rt, "int_invert", operator.invert, a)


# -- shifts and bitwise operations --------------------------------------------------------

@given(ints, st.one_of(st.integers(0, 70), st.integers(0, 2000)))
@SETTINGS
@example(1, 62)
@example(-1, 62)
@example(1, 61)
@example(-1, 63)
@example(SMALL_MAX, 1)
@example(-(1 << 61), 1)
@example(-((1 << 100) + 1), 100)
@example(-(1 << 100), 100)
@example(-(1 << 100), 99)
@example(-1, 1 << 20)
def test_shifts(rt, a, n):
    same(rt, "int_lshift", operator.lshift, a, n)
    same(rt, "int_rshift", operator.rshift, a, n)


def test_shift_errors_and_huge_counts(rt):
    for a in (0, 1, -5, 1 << 100):
        for n in (-1, -(1 << 100)):
            same(rt, "int_lshift", operator.lshift, a, n)
            same(rt, "int_rshift", operator.rshift, a, n)
            with pytest.raises(ValueError, match="^negative shift count$"):
                call(rt, "int_rshift", a, n)
        for n in (1 << 62, 1 << 63, 1 << 70, 1 << 200):
            same(rt, "int_rshift", operator.rshift, a, n)
    for n in (1 << 62, 1 << 63, 1 << 70):
        same(rt, "int_lshift", operator.lshift, 0, n)
    # CPython 3.11: MemoryError while the digit count fits its size type, OverflowError beyond.
    for n in (1 << 40, 1 << 62, 1 << 63, 30 * ((1 << 61) - 1) - 1):
        with pytest.raises(MemoryError):
            call(rt, "int_lshift", 1, n)
    for n in (30 * ((1 << 61) - 1), 1 << 70, 1 << 200):
        with pytest.raises(OverflowError, match="^too many digits in integer$"):
            call(rt, "int_lshift", -3, n)


@given(ints, ints)
@SETTINGS
@example(-1, 1 << 64)
@example(-(1 << 64), -(1 << 64))
@example(-(1 << 64), (1 << 64) - 1)
@example(SMALL_MIN, SMALL_MAX)
@example(SMALL_MIN, -1)
def test_bitwise(rt, a, b):
    same(rt, "int_and", operator.and_, a, b)
    same(rt, "int_or", operator.or_, a, b)
    same(rt, "int_xor", operator.xor, a, b)


def test_bool_operands_count_as_ints(rt):
    t, f = rt.from_py(True), rt.from_py(False)
    assert value_of(rt, rt.call(I + "int_add", t, t)) == 2
    assert value_of(rt, rt.call(I + "int_pos", t)) == 1
    assert value_of(rt, rt.call(I + "int_neg", t)) == -1
    assert value_of(rt, rt.call(I + "int_mul", make(rt, 1 << 100), t)) == 1 << 100
    assert value_of(rt, rt.call(I + "int_and", make(rt, -(1 << 100) - 1), t)) == 1
    assert rt.call(I + "int_compare", f, make(rt, 0)) == 0
    assert rt.call(I + "int_eq", t, make(rt, 1))
    assert rt.call(I + "int_hash", t) == 1


# -- comparison, hashing, machine integers --------------------------------------------------

@given(ints, ints)
@SETTINGS
@example(1 << 64, (1 << 64) + 1)
@example(-(1 << 64), -(1 << 64) - 1)
@example(SMALL_MAX + 1, SMALL_MAX)
def test_compare(rt, a, b):
    expected = (a > b) - (a < b)
    assert call(rt, "int_compare", a, b) == expected
    assert call(rt, "int_eq", a, b) == (a == b)
    assert call(rt, "int_eq", a, a)
    assert call(rt, "int_compare", a, a) == 0


@given(ints)
@SETTINGS
@example(-1)
@example((1 << 61) - 1)
@example(-(1 << 61) + 1)
@example(1 << 61)
@example(SMALL_MIN)
@example(-((1 << 122) - 1))
@example(-(3 * ((1 << 61) - 1) + 1))     # a BigInt whose hash would be -1
def test_hash(rt, a):
    assert call(rt, "int_hash", a) == hash(a)


@given(st.one_of(ints, st.integers(-(1 << 63), (1 << 63) - 1)))
@SETTINGS
@example((1 << 63) - 1)
@example(1 << 63)
@example(-(1 << 63))
@example(-(1 << 63) - 1)
def test_i64_conversions(rt, a):
    out = ctypes.c_int64(12345)
    fits = -(1 << 63) <= a < (1 << 63)
    assert rt.call(I + "int_to_i64", make(rt, a), ctypes.addressof(out)) == fits
    assert out.value == (a if fits else 12345)
    if fits:
        assert value_of(rt, rt.call(I + "int_from_i64", a)) == a


# -- floats ----------------------------------------------------------------------------------

TIES = [
    (1 << 53) + 1, (1 << 53) + 3, (1 << 54) + 2, (1 << 54) + 6, ((1 << 53) + 1) << 100,
    (((1 << 53) + 1) << 100) + 1, ((1 << 53) + 3) << 100, (1 << 63) - 1, (1 << 64) - 1, 1 << 64,
    2 ** 1024 - 2 ** 970, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024 - 2 ** 971, 2 ** 1024, 2 ** 1100,
    SMALL_MAX, SMALL_MIN, (1 << 62) + (1 << 9), (1 << 62) + (1 << 9) + 1, (1 << 62) + (3 << 9),
]


@given(st.one_of(ints, st.sampled_from(TIES), signed(st.integers(2 ** 1000, 2 ** 1030))))
@SETTINGS
def test_to_double(rt, a):
    for v in (a, -a):
        out = ctypes.c_double(0.5)
        try:
            expected = float(v)
        except OverflowError as e:
            # A bool result: the bridge does not raise, the exception is pending.
            assert rt.call(I + "int_to_double", make(rt, v), ctypes.addressof(out)) is False
            with pytest.raises(OverflowError, match=f"^{e}$"):
                rt.raise_pending()
            continue
        assert rt.call(I + "int_to_double", make(rt, v), ctypes.addressof(out))
        assert out.value == expected


@given(st.floats(allow_nan=False, allow_infinity=False))
@SETTINGS
@example(0.0)
@example(-0.0)
@example(0.9999999999999999)
@example(-1.5)
@example(4611686018427387904.0)
@example(-4611686018427387904.0)
@example(4611686018427387903.0)
@example(9.223372036854776e18)
@example(1.7976931348623157e308)
@example(-1e300)
def test_from_double(rt, x):
    assert value_of(rt, rt.call(I + "int_from_double", x)) == int(x)


def test_from_double_errors(rt):
    for x in (math.inf, -math.inf):
        with pytest.raises(OverflowError, match="^cannot convert float infinity to integer$"):
            rt.call(I + "int_from_double", x)
    with pytest.raises(ValueError, match="^cannot convert float NaN to integer$"):
        rt.call(I + "int_from_double", math.nan)


# -- decimal text ------------------------------------------------------------------------------

def from_decimal(rt, text: str):
    data = text.encode("utf-8")
    return rt.call(I + "int_from_decimal", ctypes.create_string_buffer(data, len(data) + 1), len(data))


def from_str(rt, text: str):
    return rt.call(I + "int_from_str", rt.from_py(text))


def parses_like_python(rt, text):
    for parse in (from_decimal, from_str):
        try:
            expected = int(text)
        except ValueError as e:
            with pytest.raises(ValueError) as got:
                parse(rt, text)
            assert str(got.value) == str(e)
            continue
        assert value_of(rt, parse(rt, text)) == expected


def to_decimal(rt, value):
    s = call(rt, "int_to_decimal", value)
    assert rt.type_name(rt.word(s)) == "str"
    return rt.to_py(s)


@given(st.one_of(ints, signed(st.builds(lambda k, d: 10 ** k + d, st.integers(17, 80), st.integers(-2, 2)))))
@SETTINGS
@example(10 ** 18)
@example(10 ** 18 - 1)
@example(-(10 ** 19))
@example(1 << 62)
@example(-(1 << 62) - 1)
@example(10 ** 36)
@example(10 ** 36 - 1)
@example(10 ** 45 + 1)
@example(-(10 ** 27))
@example(2 ** 64 - 1)
def test_decimal_round_trip(rt, a):
    assert to_decimal(rt, a) == str(a)
    parses_like_python(rt, str(a))


def with_underscores(digits, cuts):
    out, last = [], 0
    for c in sorted(set(c % len(digits) for c in cuts if 0 < c % len(digits))):
        out.append(digits[last:c])
        last = c
    out.append(digits[last:])
    return "_".join(out)


SPACES = " \t\n\v\f\r\x85\xa0\u1680\u2000\u200a\u2028\u2029\u202f\u205f\u3000"


@given(ints, st.lists(st.integers(0, 400), max_size=6), st.text(SPACES, max_size=3),
       st.text(SPACES, max_size=3), st.sampled_from(["", "+", "-"]), st.integers(0, 3))
@SETTINGS
def test_decimal_literals(rt, a, cuts, before, after, sign, zeros):
    digits = "0" * zeros + str(abs(a))
    parses_like_python(rt, before + sign + with_underscores(digits, cuts) + after)


@pytest.mark.parametrize("text", [
    "", " ", "+", "-", "- 1", "+-1", "1_", "_1", "1__0", "+_1", "1 0", "0x10", "1.0", "1e3",
    "12a", "\x1c5", "5\x1f", "5\x00", "\x00", "a'b", 'a"b', "a'b\"", "\\", "tab\there\n",
    "\x7f\x80\x9f\xa0\xad", "\ufeff5", "é" * 300, "x" * 300, "\x01" * 100, "١٢", "1٢",
    "🐍", "\U000f0000", "\u200b1", " 0_0 ", "00", "-0", "007", "1" * 30, "1_2_3",
    "\u30001\u3000", "\xa0-7\x85",
])
def test_decimal_edge_cases(rt, text):
    if any(ch.isdecimal() and not ch.isascii() for ch in text):
        # CPython accepts every Unicode decimal digit; pyvm only ASCII ones (intobj.py notes).
        with pytest.raises(ValueError, match="^invalid literal for int"):
            from_decimal(rt, text)
        return
    parses_like_python(rt, text)


def test_every_ascii_character_around_digits(rt):
    for code in range(128):
        for text in (chr(code) + "5", "5" + chr(code), "1" + chr(code) + "2"):
            parses_like_python(rt, text)


def printable_as_cpython(text):
    """pyvm escapes assigned non-printable characters as repr() does; unassigned ones it leaves."""
    return all(unicodedata.category(ch) != "Cn" for ch in text)


@given(st.text(max_size=60))
@SETTINGS
@example("١")
def test_any_text(rt, text):
    assume(not any(ch.isdecimal() and not ch.isascii() for ch in text))
    assume(printable_as_cpython(text))
    parses_like_python(rt, text)


def test_message_is_cut_after_200_characters(rt):
    for text in ("y" * 199, "y" * 198 + "é", "y" * 197 + "\x01", "'" * 250, "\U0001f40d" * 300):
        with pytest.raises(ValueError) as got:
            from_decimal(rt, text)
        with pytest.raises(ValueError) as expected:
            int(text)
        assert str(got.value) == str(expected.value)


def test_long_decimal_text(rt):
    """10**5-digit numbers both ways, in about the time CPython takes."""
    digits = 20000 if STRESS else 100000
    value = 7 ** int(digits / math.log10(7))
    text = str(value)
    began = time.perf_counter()
    root = from_decimal(rt, text)
    back = rt.to_py(rt.call(I + "int_to_decimal", root))
    elapsed = time.perf_counter() - began
    assert back == text
    assert value_of(rt, root) == value
    assert elapsed < 2          # digit by digit would take several seconds
    negative = "-" + "9" * (digits // 10)
    assert to_decimal(rt, int(negative)) == negative
