"""The methods and attributes of int and float (bit_length, as_integer_ratio, hex, real, ...), as
CPython 3.11's Objects/longobject.c and floatobject.c."""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import BuiltinFunction, small, is_small, small_value, bool_word, add_method
from pyvm.runtime.intobj import as_int, big, make_pair, int_from_i64, lshift_by
from pyvm.runtime.floatobj import float_new, float_value, float_is_integer
from pyvm.runtime.strobj import Str, str_from_cstr
from pyvm.runtime.errors import raise_msg, raise_text, VALUE_ERROR, OVERFLOW_ERROR, TYPE_ERROR
from pyvm.runtime.builtins import no_arguments, one_argument, name_is
from pyvm.runtime.ops import int_bit_length, ldexp, is_str, type_name, INT_TYPE, BOOL_TYPE, FLOAT_TYPE
from pyvm.runtime.float_parse import is_ascii_space, is_digit, matches_word


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


# -- float.fromhex, float.__getformat__ -----------------------------------------------------------

DBL_MANT_DIG = 53
DBL_MAX_EXP = 1024
EXPONENT_LIMIT = 1 << 62           # CPython's LONG_MAX / 2: beyond it, certain overflow or underflow


def hex_digit(c: u8) -> i64:
    """The value of a hex digit, -1 for another byte."""
    if c >= 0x30 and c <= 0x39:
        return i64(c) - 0x30
    c = c | 0x20
    if c >= 0x61 and c <= 0x66:
        return i64(c) - 0x61 + 10
    return -1


def float_fromhex(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """float.fromhex(string), CPython's float_fromhex: [sign] [0x] digits [. digits] [p exponent],
    correctly rounded (half to even), or inf, infinity, nan; whitespace around."""
    if not one_argument(args, n, kwnames, "float.fromhex()"):
        return cast(Word, 0)
    if not is_str(args[0]):
        return raise_msg(TYPE_ERROR, "bad argument type for built-in operation")
    p = cast(Ptr[Str], args[0])
    s: i64 = 0
    end = p.nbytes
    while s < end and is_ascii_space(p.data[s]):
        s += 1
    while end > s and is_ascii_space(p.data[end - 1]):
        end -= 1
    text = p.data
    negate = False
    if s < end and (text[s] == 0x2D or text[s] == 0x2B):
        negate = text[s] == 0x2D
        s += 1
    special: f64 = 0.0
    if matches_word(text + s, end - s, "inf") or matches_word(text + s, end - s, "infinity"):
        special = cast(f64, i64(0x7FF0000000000000))
    elif matches_word(text + s, end - s, "nan"):
        special = cast(f64, i64(0x7FF8000000000000))
    if special != 0.0:
        return float_new(-special if negate else special)
    if s + 1 < end and text[s] == 0x30 and (text[s + 1] | 0x20) == 0x78:     # 0x
        s += 2
    coeff_start = s
    while s < end and hex_digit(text[s]) >= 0:
        s += 1
    point = s
    coeff_end = s
    if s < end and text[s] == 0x2E:
        s += 1
        while s < end and hex_digit(text[s]) >= 0:
            s += 1
        coeff_end = s - 1
    ndigits = coeff_end - coeff_start
    fdigits = coeff_end - point
    if ndigits == 0:
        return raise_invalid_hex()
    exponent: i64 = 0
    if s < end and (text[s] | 0x20) == 0x70:            # p
        s += 1
        exponent_negative = s < end and text[s] == 0x2D
        if s < end and (text[s] == 0x2D or text[s] == 0x2B):
            s += 1
        if s == end or not is_digit(text[s]):
            return raise_invalid_hex()
        while s < end and is_digit(text[s]):
            if exponent < EXPONENT_LIMIT // 16:
                exponent = exponent * 10 + i64(text[s]) - 0x30     # (saturating, as strtol)
            s += 1
        if exponent_negative:
            exponent = -exponent
    if s != end:
        return raise_invalid_hex()
    # digit j, counting from the least significant (the point skipped)
    while ndigits > 0 and coefficient_digit(text, coeff_end, fdigits, ndigits - 1) == 0:
        ndigits -= 1
    if ndigits == 0 or exponent < -EXPONENT_LIMIT:
        return float_new(-0.0 if negate else 0.0)
    if exponent > EXPONENT_LIMIT:
        return raise_msg(OVERFLOW_ERROR, "hexadecimal value too large to represent as a float")
    exponent = exponent - 4 * fdigits
    top_exp = exponent + 4 * (ndigits - 1)          # 1 more than the exponent of the coefficient's top bit
    digit = coefficient_digit(text, coeff_end, fdigits, ndigits - 1)
    while digit != 0:
        top_exp += 1
        digit = digit // 2
    if top_exp < DBL_MIN_EXP - DBL_MANT_DIG:
        return float_new(-0.0 if negate else 0.0)
    if top_exp > DBL_MAX_EXP:
        return raise_msg(OVERFLOW_ERROR, "hexadecimal value too large to represent as a float")
    lsb = max(top_exp, i64(DBL_MIN_EXP)) - DBL_MANT_DIG      # the exponent of the rounded value's last bit
    x: f64 = 0.0
    if exponent >= lsb:
        for k in range(ndigits):
            x = 16.0 * x + f64(coefficient_digit(text, coeff_end, fdigits, ndigits - 1 - k))
        x = ldexp(x, i32(exponent))
        return float_new(-x if negate else x)
    half_eps = i64(1) << ((lsb - exponent - 1) % 4)
    key_digit = (lsb - exponent - 1) // 4           # the digit holding the first bit rounded away
    for k in range(ndigits - 1 - key_digit):
        x = 16.0 * x + f64(coefficient_digit(text, coeff_end, fdigits, ndigits - 1 - k))
    digit = coefficient_digit(text, coeff_end, fdigits, key_digit)
    x = 16.0 * x + f64(digit & (16 - 2 * half_eps))
    if (digit & half_eps) != 0:
        # half to even: up when a bit below the half is set, or the last bit kept is
        round_up = (digit & (3 * half_eps - 1)) != 0
        if (not round_up and half_eps == 8 and key_digit + 1 < ndigits
                and (coefficient_digit(text, coeff_end, fdigits, key_digit + 1) & 1) != 0):
            round_up = True
        k = key_digit - 1
        while not round_up and k >= 0:
            round_up = coefficient_digit(text, coeff_end, fdigits, k) != 0
            k -= 1
        if round_up:
            x += f64(2 * half_eps)
            if top_exp == DBL_MAX_EXP and x == ldexp(f64(2 * half_eps), i32(DBL_MANT_DIG)):
                return raise_msg(OVERFLOW_ERROR, "hexadecimal value too large to represent as a float")
    x = ldexp(x, i32(exponent + 4 * key_digit))
    return float_new(-x if negate else x)


def coefficient_digit(text: Ptr[u8], coeff_end: i64, fdigits: i64, j: i64) -> i64:
    """The coefficient's hex digit j from the least significant, as CPython's HEX_DIGIT(j): the point
    between the integer and fraction digits is skipped."""
    if j < fdigits:
        return hex_digit(text[coeff_end - j])
    return hex_digit(text[coeff_end - 1 - j])


def raise_invalid_hex() -> Word:
    return raise_msg(VALUE_ERROR, "invalid hexadecimal floating-point string")


def float_getformat(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """float.__getformat__(typestr): 'IEEE, little-endian' for 'double' and 'float'."""
    if not one_argument(args, n, kwnames, "float.__getformat__()"):
        return cast(Word, 0)
    if not is_str(args[0]):
        return raise_text(TYPE_ERROR, "__getformat__() argument must be str, not ", type_name(args[0]), "", "", "")
    if not name_is(args[0], "double") and not name_is(args[0], "float"):
        return raise_msg(VALUE_ERROR, "__getformat__() argument 1 must be 'double' or 'float'")
    return str_from_cstr("IEEE, little-endian")


INT_BIT_LENGTH = static(BuiltinFunction, name="bit_length", method=int_bit_length_method)
INT_BIT_COUNT = static(BuiltinFunction, name="bit_count", method=int_bit_count_method)
INT_CONJUGATE = static(BuiltinFunction, name="conjugate", method=int_conjugate_method)
INT_AS_INTEGER_RATIO = static(BuiltinFunction, name="as_integer_ratio", method=int_as_integer_ratio_method)
FLOAT_IS_INTEGER = static(BuiltinFunction, name="is_integer", method=float_is_integer_method)
FLOAT_CONJUGATE = static(BuiltinFunction, name="conjugate", method=float_conjugate_method)
FLOAT_AS_INTEGER_RATIO = static(BuiltinFunction, name="as_integer_ratio", method=float_as_integer_ratio_method)
FLOAT_HEX = static(BuiltinFunction, name="hex", method=float_hex_method)
FLOAT_FROMHEX = static(BuiltinFunction, name="fromhex", call=float_fromhex)
FLOAT_GETFORMAT = static(BuiltinFunction, name="__getformat__", call=float_getformat)


def init() -> None:
    add_method(INT_TYPE, INT_AS_INTEGER_RATIO)
    add_method(INT_TYPE, INT_CONJUGATE)
    add_method(INT_TYPE, INT_BIT_COUNT)
    add_method(INT_TYPE, INT_BIT_LENGTH)
    INT_TYPE.getattr = int_get_attr
    BOOL_TYPE.getattr = int_get_attr
    add_method(FLOAT_TYPE, FLOAT_GETFORMAT)
    add_method(FLOAT_TYPE, FLOAT_FROMHEX)
    add_method(FLOAT_TYPE, FLOAT_HEX)
    add_method(FLOAT_TYPE, FLOAT_AS_INTEGER_RATIO)
    add_method(FLOAT_TYPE, FLOAT_CONJUGATE)
    add_method(FLOAT_TYPE, FLOAT_IS_INTEGER)
    FLOAT_TYPE.getattr = float_get_attr
