"""float (pyvm/runtime/floatobj.py, float_repr.py, float_parse.py) against CPython's own float."""
import ctypes
import math
import operator
import os
import struct

import pytest
from hypothesis import given, settings, strategies as st, HealthCheck, example

from pyvm.native import load_runtime
from pyvm.native.runtime import NotSupported

STRESS = os.environ.get("PYVM_GC_STRESS") == "1"
EXAMPLES = 40 if STRESS else 400
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, suppress_health_check=[HealthCheck.too_slow])

F = "runtime.floatobj."
REPR = "runtime.float_repr.float_repr"
FROM_TEXT = "runtime.float_parse.float_from_text"


@pytest.fixture(scope="module")
def rt():
    return load_runtime()


def bits(x):
    return struct.unpack("<Q", struct.pack("<d", x))[0]


NAN_PAYLOAD = (1 << 51) - 1


def kept_bits(x):
    """The bits a float keeps in the runtime: all, but a nan's payload, which numbers it for hash()
    (floatobj.numbered_nan)."""
    return bits(x) & ~NAN_PAYLOAD if math.isnan(x) else bits(x)


def from_bits(b):
    return struct.unpack("<d", struct.pack("<Q", b))[0]


def next_up(x):
    return math.nextafter(x, math.inf)


def next_down(x):
    return math.nextafter(x, -math.inf)


def box(rt, x):
    return rt.call(F + "float_new", x)


def unbox(rt, root):
    value = rt.to_py(root)
    assert type(value) is float
    return value


def assert_same_float(got, expected, any_nan=False):
    """Bit for bit, so that -0.0 differs from 0.0 and a nan keeps its sign (kept_bits).

    any_nan: when both operands are nans, which one's payload comes out depends on
    the operand order the C compiler chose (x86 returns the first), and Python
    leaves it unspecified; then any nan will do.
    """
    if any_nan and math.isnan(expected):
        assert math.isnan(got), (got, expected)
    else:
        assert kept_bits(got) == kept_bits(expected), (got, expected)


# Every double: uniformly over the bit patterns (so subnormals, huge values, nans of
# every payload), hypothesis' own float strategy (which favours edge values), and
# the named awkward values.
AWKWARD = [0.0, -0.0, 0.1, 0.1 + 0.2, 1e16, 1e-5, 5e-324, -5e-324, 2.2250738585072014e-308,
           2.225073858507201e-308, 1.7976931348623157e308, 9007199254740993.0, 123456789012345680.0,
           1.0, -1.0, 0.5, 1.5, 2.5, 1e15, 9999999999999998.0, 1e-4, 0.0001, 123.0, 1.5e300,
           1e23, 8.41e21, 5e-310, 1e308, 4.35e-311, 2.0 ** 63, 2.0 ** 64, 2.0 ** -1022, 2.0 ** -1023,
           math.pi, math.e, 1 / 3, 2 / 3, 100.0, 1e22, 9.5367431640625e-07, 0.3, 2.0 ** 1023,
           math.inf, -math.inf, math.nan, -math.nan]
floats = st.one_of(st.floats(), st.integers(0, 2 ** 64 - 1).map(from_bits), st.sampled_from(AWKWARD))
finite = st.floats(allow_nan=False, allow_infinity=False)


# -- boxing -----------------------------------------------------------------------------

@given(floats)
@SETTINGS
def test_new_keeps_every_bit(rt, x):
    r = box(rt, x)
    assert kept_bits(unbox(rt, r)) == kept_bits(x)
    assert kept_bits(unbox(rt, rt.from_py(x))) == kept_bits(x)


# -- repr ---------------------------------------------------------------------------------

def repr_of(rt, x):
    return rt.to_py(rt.call(REPR, box(rt, x)))


@given(floats)
@settings(max_examples=EXAMPLES * 5, deadline=None, suppress_health_check=[HealthCheck.too_slow])
def test_repr_matches_cpython(rt, x):
    assert repr_of(rt, x) == repr(x)


@pytest.mark.parametrize("x", AWKWARD, ids=repr)
def test_repr_awkward_values(rt, x):
    assert repr_of(rt, x) == repr(x)


@pytest.mark.parametrize("x, text", [
    (math.inf, "inf"), (-math.inf, "-inf"), (math.nan, "nan"), (-math.nan, "nan"), (-0.0, "-0.0"),
    (1e16, "1e+16"), (1e-5, "1e-05"), (0.0001, "0.0001"), (123.0, "123.0"), (1.5e300, "1.5e+300"),
    (5e-324, "5e-324"), (0.1 + 0.2, "0.30000000000000004"), (1e15, "1000000000000000.0"),
    (123456789012345680.0, "1.2345678901234568e+17"), (-2.2250738585072014e-308, "-2.2250738585072014e-308"),
])
def test_repr_texts(rt, x, text):
    assert repr_of(rt, x) == text


def test_repr_at_every_power_of_two_and_its_neighbours(rt):
    """The asymmetric interval at powers of two, and the subnormal / normal border."""
    step = 7 if STRESS else 1
    for e in range(-1074, 1024, step):
        x = 2.0 ** e
        for y in (x, next_up(x), next_down(x)):
            assert repr_of(rt, y) == repr(y), (e, y)


def test_repr_at_powers_of_ten_and_their_neighbours(rt):
    """Decimal boundaries: where the digit count and the exponent switch."""
    step = 7 if STRESS else 1
    for k in range(-323, 309, step):
        x = float(f"1e{k}")
        for y in (x, next_up(x), next_down(x), next_down(next_down(x))):
            assert repr_of(rt, y) == repr(y), (k, y)


def test_repr_round_trips_with_the_fewest_digits(rt):
    """Independently of CPython's text: it reads back exactly, and one digit fewer never does."""
    for x in [0.1, 1 / 3, 5e-324, 1.7976931348623157e308, 2.0 ** -1022, 9007199254740993.0, 0.3]:
        text = repr_of(rt, x)
        assert float(text) == x
        mantissa = text.split("e")[0].replace(".", "").replace("-", "").strip("0")
        if len(mantissa) == 1:
            continue
        fewer = f"{x:.{max(len(mantissa) - 2, 0)}e}"
        assert float(fewer) != x


# -- arithmetic ---------------------------------------------------------------------------

def python_result(op, *args):
    """What CPython does: ('value', float or tuple) or ('error', type, message)."""
    try:
        return ("value", op(*args))
    except (ZeroDivisionError, OverflowError, ValueError) as e:
        return ("error", type(e), str(e))


def gives_complex(x, y):
    """Where CPython's float ** hands over to complex power (pyvm raises NotSupported there, or
    OverflowError as CPython when the modulus overflows)."""
    return x < 0 and math.isfinite(x) and math.isfinite(y) and y != math.floor(y)


def check_against_python(rt, name, op, *xs):
    expected = python_result(op, *xs)
    if name == "float_pow" and gives_complex(*xs) and expected[0] == "value":     # an overflow is CPython's error
        expected = ("error", NotSupported, "complex numbers (a negative float to a fractional power)")
    roots = [box(rt, x) for x in xs]
    if expected[0] == "error":
        with pytest.raises(expected[1]) as info:
            rt.call(F + name, *roots)
        assert str(info.value) == expected[2]
        return
    got = rt.to_py(rt.call(F + name, *roots))
    any_nan = all(math.isnan(x) for x in xs)
    if isinstance(expected[1], tuple):
        assert type(got) is tuple and len(got) == 2
        assert_same_float(got[0], expected[1][0], any_nan)
        assert_same_float(got[1], expected[1][1], any_nan)
    else:
        assert type(got) is float
        assert_same_float(got, expected[1], any_nan)


BINARY = [("float_add", operator.add), ("float_sub", operator.sub), ("float_mul", operator.mul),
          ("float_truediv", operator.truediv), ("float_floordiv", operator.floordiv),
          ("float_mod", operator.mod), ("float_divmod", divmod), ("float_pow", operator.pow)]

# Pairs that meet: the same magnitudes, small integers, signed zeros and infinities.
small_values = st.sampled_from([0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 1e-300, 1e300,
                                math.inf, -math.inf, math.nan, 7.0, 0.1, -0.1, 5e-324, 1.0000000000000002])


@pytest.mark.parametrize("name, op", BINARY, ids=[n for n, _ in BINARY])
@given(x=st.one_of(floats, small_values), y=st.one_of(floats, small_values))
@SETTINGS
def test_binary_operations(rt, name, op, x, y):
    check_against_python(rt, name, op, x, y)


@pytest.mark.parametrize("name, op", BINARY, ids=[n for n, _ in BINARY])
def test_binary_operations_on_special_values(rt, name, op):
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, 3.0, -3.0, 2.5, -2.5, 1e308, -1e308,
                5e-324, -5e-324, math.inf, -math.inf, math.nan]
    for x in specials:
        for y in specials:
            check_against_python(rt, name, op, x, y)


NAN_PAYLOADS = [from_bits(0x7FF8000000000001), from_bits(0xFFF8000000000123), from_bits(0x7FF0000000000005),
                math.nan, -math.nan]


@pytest.mark.parametrize("name, op", BINARY, ids=[n for n, _ in BINARY])
def test_a_nan_operand_comes_out_with_its_sign(rt, name, op):
    for x in NAN_PAYLOADS + [1.0, -2.5, 0.0, math.inf]:
        for y in NAN_PAYLOADS + [1.0, -2.5, math.inf]:
            check_against_python(rt, name, op, x, y)


@pytest.mark.parametrize("x, y", [(-7.5, 2.0), (7.5, -2.0), (-0.0, 5.0), (0.0, -5.0), (1e-300, -1e300),
                                  (-1.0, math.inf), (1.0, -math.inf), (0.1, 0.01), (1e308, 1e-308),
                                  (-1e-320, 3.0), (6.0, 3.0), (-6.0, 3.0), (6.0, -3.0)])
def test_floor_division_and_modulo_signs(rt, x, y):
    for name, op in BINARY[4:7]:
        check_against_python(rt, name, op, x, y)


@pytest.mark.parametrize("x, y, kind, message", [
    (1.0, 0.0, ZeroDivisionError, "float division by zero"),
    (1.0, -0.0, ZeroDivisionError, "float division by zero"),
    (math.nan, 0.0, ZeroDivisionError, "float division by zero"),
])
def test_division_by_zero(rt, x, y, kind, message):
    with pytest.raises(kind) as info:
        rt.call(F + "float_truediv", box(rt, x), box(rt, y))
    assert str(info.value) == message
    for name, text in [("float_floordiv", "float floor division by zero"), ("float_mod", "float modulo"),
                       ("float_divmod", "float divmod()")]:
        with pytest.raises(ZeroDivisionError) as info:
            rt.call(F + name, box(rt, x), box(rt, y))
        assert str(info.value) == text


def test_pow_errors(rt):
    with pytest.raises(ZeroDivisionError) as info:
        rt.call(F + "float_pow", box(rt, 0.0), box(rt, -1.0))
    assert str(info.value) == "0.0 cannot be raised to a negative power"
    with pytest.raises(ZeroDivisionError):
        rt.call(F + "float_pow", box(rt, -0.0), box(rt, -0.5))
    with pytest.raises(OverflowError) as info:
        rt.call(F + "float_pow", box(rt, 10.0), box(rt, 400.0))
    assert str(info.value) == "(34, 'Numerical result out of range')"
    with pytest.raises(OverflowError) as info:
        rt.call(F + "float_pow", box(rt, -10.0), box(rt, 401.0))
    assert str(info.value) == "(34, 'Numerical result out of range')"
    with pytest.raises(NotSupported) as info:
        rt.call(F + "float_pow", box(rt, -8.0), box(rt, 1 / 3))
    assert str(info.value) == "complex numbers (a negative float to a fractional power)"


@pytest.mark.parametrize("x, y", [(2.0, -1074.0), (0.5, 1074.5), (2.0, -1080.0), (-1.0, 1e300),
                                  (-1.0, 2.0 ** 53 + 1), (-2.0, 1023.0), (-2.0, 1024.0), (1.0, math.nan),
                                  (math.nan, 0.0), (-0.0, 3.0), (-0.0, 2.0), (-math.inf, 3.0),
                                  (-math.inf, -3.0), (-math.inf, 2.0), (-0.5, math.inf), (-1.0, -math.inf),
                                  (10.0, 308.0), (0.999, 1e20), (1.001, -1e20)])
def test_pow_special_cases(rt, x, y):
    check_against_python(rt, "float_pow", operator.pow, x, y)


@given(floats)
@SETTINGS
def test_neg_and_abs(rt, x):
    assert kept_bits(unbox(rt, rt.call(F + "float_neg", box(rt, x)))) == kept_bits(-x)
    assert kept_bits(unbox(rt, rt.call(F + "float_abs", box(rt, x)))) == kept_bits(abs(x))


# -- comparisons --------------------------------------------------------------------------

COMPARISONS = [("float_lt", operator.lt), ("float_le", operator.le), ("float_eq", operator.eq),
               ("float_ne", operator.ne), ("float_gt", operator.gt), ("float_ge", operator.ge)]


@given(st.one_of(floats, small_values), st.one_of(floats, small_values))
@SETTINGS
def test_comparisons(rt, x, y):
    a, b = box(rt, x), box(rt, y)
    for name, op in COMPARISONS:
        assert rt.call(F + name, a, b) is op(x, y), (name, x, y)


def test_comparisons_with_nan_and_zeros(rt):
    values = [math.nan, 0.0, -0.0, math.inf, -math.inf, 1.0]
    for x in values:
        for y in values:
            a, b = box(rt, x), box(rt, y)
            for name, op in COMPARISONS:
                assert rt.call(F + name, a, b) is op(x, y), (name, x, y)


# -- hash, is_integer -----------------------------------------------------------------------

@given(floats)
@SETTINGS
def test_hash_matches_cpython(rt, x):
    h = rt.call(F + "float_hash", box(rt, x))
    if not math.isnan(x):       # CPython hashes a nan by identity: test_each_nan_hashes_by_its_identity
        assert h == hash(x)


def test_each_nan_hashes_by_its_identity(rt):
    nans = [box(rt, math.nan) for _ in range(3)] + [box(rt, -math.nan), rt.from_py(math.inf - math.inf)]
    hashes = [rt.call(F + "float_hash", n) for n in nans]
    assert len(set(hashes)) == len(nans) and 0 not in hashes
    assert [rt.call(F + "float_hash", n) for n in nans] == hashes


@given(st.integers(-2 ** 1023, 2 ** 1023))
@SETTINGS
def test_hash_of_integral_float_is_the_int_hash(rt, n):
    x = float(n)
    assert rt.call(F + "float_hash", box(rt, x)) == hash(int(x))


@pytest.mark.parametrize("x", [-1.0, -2.0, 1.0, 0.0, -0.0, 2.0 ** 61 - 1, 2.0 ** 61, -(2.0 ** 61), 0.5, -0.5,
                               1e308, 5e-324, -5e-324, math.inf, -math.inf, 2.0 ** -61, 2.0 ** 60])
def test_hash_values(rt, x):
    assert rt.call(F + "float_hash", box(rt, x)) == hash(x)


@given(floats)
@SETTINGS
def test_is_integer(rt, x):
    assert rt.call(F + "float_is_integer", box(rt, x)) is x.is_integer()


# -- float(text) ----------------------------------------------------------------------------

def from_text(rt, text):
    data = text.encode("utf-8")
    buf = ctypes.create_string_buffer(data, len(data) or 1)
    return rt.call(FROM_TEXT, ctypes.addressof(buf), len(data))


def check_from_text(rt, text):
    try:
        expected = float(text)
    except ValueError as e:
        with pytest.raises(ValueError) as info:
            from_text(rt, text)
        assert str(info.value) == str(e)
        return
    assert_same_float(unbox(rt, from_text(rt, text)), expected)


@given(floats)
@SETTINGS
def test_from_text_reads_repr_and_other_formats(rt, x):
    for text in (repr(x), f"{x:.3e}", f"{x:.25g}", f"{x:.400f}" if math.isfinite(x) and abs(x) < 1e30 else "1",
                 f"  {x!r}\n", repr(x).upper()):
        check_from_text(rt, text)


@given(st.text(alphabet="0123456789._eE+-infatyINFATY \t\n\x0b\x0c\r\x1c\x85\xa0\u2000\u3000\u0661\uff11x'\"\\\x00",
               max_size=14))
@settings(max_examples=EXAMPLES * 3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@example("1_000.000_1")
@example("1__0")
@example("_1")
@example("1_")
@example("1_e5")
@example("1e_5")
@example("1._5")
@example("-_1")
def test_from_text_matches_cpython(rt, text):
    check_from_text(rt, text)


@pytest.mark.parametrize("text", [
    "0", "-0", "+0.0", "-0.0", "1.5", ".5", "5.", ".", "-.e1", "e5", "1e", "1e+", "1e-5", "1E5", "  7  ",
    "inf", "-inf", "+Infinity", "INFINITY", "infinit", "infinityy", "nan", "-nan", "+NaN", "nan(1)", "nanq",
    "0x10", "1e400", "-1e400", "1e-400", "-1e-400", "2.4703282292062328e-324", "2.4703282292062327e-324",
    "4.9406564584124654e-324", "1.7976931348623158e308", "1.7976931348623159e308",
    "9007199254740993", "0.1", "1_000", "1_0.0_1e1_0", "1__0", "", "   ", "\t\n", "1\x1c", "\x1c1",
    "1\x85", "\xa01.5\u3000", "1\x0b", "\u0661\u0662", "\uff11.\uff15", "\U0001d7d9", "1\x7f", "\x001",
    "1 2", "- 1", "+-1", "--1", "1e5.5", "١_٢", "é", "'1'", '"', "\\",
    "0." + "0" * 400 + "1", "1" * 500, "1" * 400 + "e-400",
])
def test_from_text_cases(rt, text):
    check_from_text(rt, text)


def test_from_text_error_message_uses_repr(rt):
    with pytest.raises(ValueError) as info:
        from_text(rt, "a'b\n")
    assert str(info.value) == "could not convert string to float: " + repr("a'b\n")


# -- int <-> float ------------------------------------------------------------------------------

def check_int_to_float(rt, n):
    try:
        expected = float(n)
    except OverflowError as e:
        with pytest.raises(OverflowError) as info:
            rt.call(F + "float_from_int", rt.from_py(n))
        assert str(info.value) == str(e)
        return
    assert_same_float(unbox(rt, rt.call(F + "float_from_int", rt.from_py(n))), expected)


@given(st.one_of(st.integers(), st.integers(-2 ** 1100, 2 ** 1100),
                 st.integers(0, 2 ** 64 - 1).map(lambda b: from_bits(b & 0x7FEFFFFFFFFFFFFF)).map(int)))
@SETTINGS
def test_from_int(rt, n):
    check_int_to_float(rt, n)


@pytest.mark.parametrize("n", [0, 1, -1, 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 3, -(2 ** 53 + 1), 2 ** 62 - 1, 2 ** 62,
                               -(2 ** 62), 2 ** 63 + 1, 2 ** 64 - 1, 2 ** 1024 - 2 ** 970 - 1, 2 ** 1024 - 2 ** 970,
                               2 ** 1024, -(2 ** 1024), 10 ** 400, True, False])
def test_from_int_cases(rt, n):
    check_int_to_float(rt, n)


def check_float_to_int(rt, x):
    try:
        expected = int(x)
    except (ValueError, OverflowError) as e:
        with pytest.raises(type(e)) as info:
            rt.call(F + "float_to_int", box(rt, x))
        assert str(info.value) == str(e)
        return
    got = rt.to_py(rt.call(F + "float_to_int", box(rt, x)))
    assert type(got) is int and got == expected


@given(floats)
@SETTINGS
def test_to_int(rt, x):
    check_float_to_int(rt, x)


@pytest.mark.parametrize("x", [0.0, -0.0, 0.5, -0.5, 1.9999, -1.9999, 2.0 ** 62, -(2.0 ** 62), 2.0 ** 63, 1e300,
                               -1e300, 1.7976931348623157e308, math.inf, -math.inf, math.nan])
def test_to_int_cases(rt, x):
    check_float_to_int(rt, x)
