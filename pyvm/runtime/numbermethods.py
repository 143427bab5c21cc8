"""The methods and attributes of int and float (bit_length, as_integer_ratio, hex, real, ...), as
CPython 3.11's Objects/longobject.c and floatobject.c."""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import BuiltinFunction, small, is_small, small_value, bool_word, add_method
from pyvm.runtime.intobj import as_int, big, make_pair, int_from_i64, lshift_by
from pyvm.runtime.floatobj import float_new, float_value, float_is_integer
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.errors import raise_msg, VALUE_ERROR, OVERFLOW_ERROR
from pyvm.runtime.builtins import no_arguments, name_is
from pyvm.runtime.ops import int_bit_length, ldexp, INT_TYPE, BOOL_TYPE, FLOAT_TYPE


@extern
def frexp(x: f64, e: Ptr[i32]) -> f64: ...


class HexText(Struct):
    text: Array[u8, 32]            # float.hex(): at most "-0x1.", 13 digits, "p-1074" and a NUL


HEX = static(HexText)
HEX_DIGITS = "0123456789abcdef"
DBL_MIN_EXP = -1021
MANTISSA_HEX_DIGITS = 13           # (DBL_MANT_DIG - 1) / 4


# -- int ------------------------------------------------------------------------------------------

def int_bit_length_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "int.bit_length()"):
        return cast(Word, 0)
    return small(int_bit_length(self))


def int_bit_count_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """The number of ones in the binary form of abs(self)."""
    if not no_arguments(n, kwnames, "int.bit_count()"):
        return cast(Word, 0)
    a = as_int(self)
    if is_small(a):
        v = small_value(a)
        m: u64 = u64(v)
        if v < 0:
            m = u64(0) - m
        return small(i64(popcount(m)))
    p = big(a)
    count: i64 = 0
    for i in range(p.size):
        count += i64(popcount(p.digits[i]))
    return small(count)


def int_conjugate_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "int.conjugate()"):
        return cast(Word, 0)
    return as_int(self)


def int_as_integer_ratio_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "int.as_integer_ratio()"):
        return cast(Word, 0)
    return make_pair(as_int(self), small(1))


def int_get_attr(obj: Word, name: Word) -> Word:
    """The getattr slot of int and bool: the number-tower attributes (an int is its own real part and
    numerator). The null Word, nothing raised, for other names."""
    if name_is(name, "real") or name_is(name, "numerator"):
        return as_int(obj)
    if name_is(name, "imag"):
        return small(0)
    if name_is(name, "denominator"):
        return small(1)
    return cast(Word, 0)


# -- float ----------------------------------------------------------------------------------------

def float_is_integer_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "float.is_integer()"):
        return cast(Word, 0)
    return bool_word(float_is_integer(self))


def float_conjugate_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "float.conjugate()"):
        return cast(Word, 0)
    return self


def float_as_integer_ratio_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """The exact fraction of a finite float, in lowest terms with a positive denominator."""
    if not no_arguments(n, kwnames, "float.as_integer_ratio()"):
        return cast(Word, 0)
    x = float_value(self)
    if isinf(x):
        return raise_msg(OVERFLOW_ERROR, "cannot convert Infinity to integer ratio")
    if isnan(x):
        return raise_msg(VALUE_ERROR, "cannot convert NaN to integer ratio")
    e: i32 = 0
    m = frexp(x, addr(e))
    exponent = i64(e)
    k: i64 = 0
    while k < 300 and m != floor(m):      # scale the mantissa to an integer (at most 53 doublings)
        m = m * 2.0
        exponent -= 1
        k += 1
    numerator = int_from_i64(i64(m))
    if not numerator:
        return numerator
    if exponent > 0:
        numerator = lshift_by(numerator, exponent)
        if not numerator:
            return numerator
        return make_pair(numerator, small(1))
    denominator = lshift_by(small(1), -exponent)
    if not denominator:
        return denominator
    return make_pair(numerator, denominator)


def float_hex_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """x.hex(): '-0x1.8000000000000p+1' (CPython's float_hex)."""
    if not no_arguments(n, kwnames, "float.hex()"):
        return cast(Word, 0)
    x = float_value(self)
    if isnan(x):
        return str_from_cstr("nan")
    if isinf(x):
        return str_from_cstr("inf" if x > 0.0 else "-inf")
    out = HEX.text
    k: i64 = 0
    if copysign(1.0, x) < 0.0:
        out[k] = 0x2D            # '-'
        k += 1
    out[k] = 0x30                # '0x'
    out[k + 1] = 0x78
    k += 2
    e: i32 = 0
    if x == 0.0:
        out[k] = 0x30
        out[k + 1] = 0x2E        # '0.0'
        out[k + 2] = 0x30
        k += 3
    else:
        m = frexp(fabs(x), addr(e))
        shift: i64 = 1
        if DBL_MIN_EXP - i64(e) > 0:
            shift = 1 - (DBL_MIN_EXP - i64(e))
        m = ldexp(m, i32(shift))
        e = i32(i64(e) - shift)
        out[k] = HEX_DIGITS[i64(m)]
        m = m - floor(m)
        out[k + 1] = 0x2E
        k += 2
        for i in range(MANTISSA_HEX_DIGITS):
            m = m * 16.0
            out[k] = HEX_DIGITS[i64(m)]
            m = m - floor(m)
            k += 1
    out[k] = 0x70                # 'p'
    out[k + 1] = 0x2B            # '+'
    exponent = i64(e)
    if exponent < 0:
        out[k + 1] = 0x2D
        exponent = -exponent
    k += 2
    start = k                    # the exponent's decimal digits, most significant first
    while True:
        out[k] = u8(0x30 + exponent % 10)
        k += 1
        exponent = exponent // 10
        if exponent == 0:
            break
    j = k - 1
    while start < j:
        c = out[start]
        out[start] = out[j]
        out[j] = c
        start += 1
        j -= 1
    out[k] = 0
    return str_from_cstr(out)


def float_get_attr(obj: Word, name: Word) -> Word:
    """The getattr slot of float: real and imag."""
    if name_is(name, "real"):
        return obj
    if name_is(name, "imag"):
        return float_new(0.0)
    return cast(Word, 0)


INT_BIT_LENGTH = static(BuiltinFunction, name="bit_length", method=int_bit_length_method)
INT_BIT_COUNT = static(BuiltinFunction, name="bit_count", method=int_bit_count_method)
INT_CONJUGATE = static(BuiltinFunction, name="conjugate", method=int_conjugate_method)
INT_AS_INTEGER_RATIO = static(BuiltinFunction, name="as_integer_ratio", method=int_as_integer_ratio_method)
FLOAT_IS_INTEGER = static(BuiltinFunction, name="is_integer", method=float_is_integer_method)
FLOAT_CONJUGATE = static(BuiltinFunction, name="conjugate", method=float_conjugate_method)
FLOAT_AS_INTEGER_RATIO = static(BuiltinFunction, name="as_integer_ratio", method=float_as_integer_ratio_method)
FLOAT_HEX = static(BuiltinFunction, name="hex", method=float_hex_method)


def init() -> None:
    add_method(INT_TYPE, INT_AS_INTEGER_RATIO)
    add_method(INT_TYPE, INT_CONJUGATE)
    add_method(INT_TYPE, INT_BIT_COUNT)
    add_method(INT_TYPE, INT_BIT_LENGTH)
    INT_TYPE.getattr = int_get_attr
    BOOL_TYPE.getattr = int_get_attr
    add_method(FLOAT_TYPE, FLOAT_HEX)
    add_method(FLOAT_TYPE, FLOAT_AS_INTEGER_RATIO)
    add_method(FLOAT_TYPE, FLOAT_CONJUGATE)
    add_method(FLOAT_TYPE, FLOAT_IS_INTEGER)
    FLOAT_TYPE.getattr = float_get_attr
