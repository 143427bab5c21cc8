"""float: a boxed IEEE double, and Python's arithmetic on it.

The operations take Words that the caller knows are floats (mixed int/float
operands are converted by the caller) and follow CPython's
Objects/floatobject.c: same results bit for bit, signed zeros included, and
the same exceptions with the same messages. repr() is in float_repr.py,
float(text) in float_parse.py.

Not like CPython yet:
- A negative number raised to a fractional power gives a complex number in
  CPython; pyvm has no complex type, so float_pow raises
  NotSupported, which stops the program (OverflowError, as
  CPython, when the modulus of that complex number overflows).
- A nan's payload (below its quiet bit) is its number for hash()
  (numbered_nan), not the payload it was computed with. No Python operation
  pyvm has shows it (struct would).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.float_repr import float_repr
from pyvm.runtime.ops import number_hash, number_richcompare, number_binary, number_unary
from pyvm.runtime.object import Object
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.intobj import int_to_double, int_from_double
from pyvm.runtime.errors import (raise_not_supported,
                                 raise_msg, raise_from_errno, raise_memory_error, ZERO_DIVISION_ERROR,
                                 OVERFLOW_ERROR)


class Float(Object, name="float"):
    value: f64


FRACTION_MASK = 0x000FFFFFFFFFFFFF
HIDDEN_BIT = 0x0010000000000000
SIGN_BIT = 0x8000000000000000

# Numeric hashes are residues modulo the Mersenne prime 2**61 - 1 (sys.hash_info).
HASH_BITS = 61
HASH_MODULUS = 0x1FFFFFFFFFFFFFFF
HASH_INF = 314159

# CPython 3.10+ hashes a nan by its identity (two nans are two dict keys), which a moving collector
# cannot offer from addresses. So each nan float gets a number as it is made, in its payload, which
# no Python operation shows (the payload of an operation's result is not the operands': each result
# is a new float): hash() reads it back.
NAN_PAYLOAD = 0x0007FFFFFFFFFFFF       # below the quiet bit, which is kept: a signalling nan stays one
nans_made: i64 = 0

ERANGE = 34


def float_new(x: f64) -> Word:
    """A new float holding x (null Word with MemoryError pending when out of memory)."""
    p = cast(Ptr[Float], new(Float))
    if not p:
        return cast(Word, 0)
    if isnan(x):
        x = numbered_nan(x)
    p.value = x
    return cast(Word, p)


@inline
def float_value(w: Word) -> f64:
    return cast(Ptr[Float], w).value


def float_from_int(w: Word) -> Word:
    """float(w) for an int w, correctly rounded; OverflowError when it is too large."""
    x: f64 = 0.0
    if not int_to_double(w, addr(x)):
        return cast(Word, 0)
    return float_new(x)


def float_to_int(w: Word) -> Word:
    """int(w) for a float w, truncated toward zero; ValueError for nan, OverflowError for inf."""
    return int_from_double(float_value(w))


# -- arithmetic ----------------------------------------------------------------------

def float_add(a: Word, b: Word) -> Word:
    return float_new(float_value(a) + float_value(b))


def float_sub(a: Word, b: Word) -> Word:
    return float_new(float_value(a) - float_value(b))


def float_mul(a: Word, b: Word) -> Word:
    return float_new(float_value(a) * float_value(b))


def float_truediv(a: Word, b: Word) -> Word:
    y = float_value(b)
    if y == 0.0:
        return raise_msg(ZERO_DIVISION_ERROR, "float division by zero")
    return float_new(float_value(a) / y)


def float_neg(a: Word) -> Word:
    return float_new(-float_value(a))


def float_abs(a: Word) -> Word:
    return float_new(fabs(float_value(a)))


def python_mod(x: f64, y: f64) -> f64:
    """x % y for y != 0: the remainder takes the sign of y, a zero one too."""
    m = fmod(x, y)
    if m != 0.0:
        # fmod keeps the sign of x; Python wants the sign of y.
        if (y < 0.0) != (m < 0.0):
            m += y
    else:
        m = copysign(0.0, y)
    return m


def python_floordiv(x: f64, y: f64, mod_out: Ptr[f64]) -> f64:
    """x // y for y != 0, with x % y in mod_out (CPython's _float_div_mod).

    fmod is exact, so x - mod is an exact multiple of y mathematically; the
    division may still be a hair off an integer, so the quotient is snapped to
    the nearest integer.
    """
    m = fmod(x, y)
    div = (x - m) / y
    if m != 0.0:
        if (y < 0.0) != (m < 0.0):
            m += y
            div -= 1.0
    else:
        m = copysign(0.0, y)
    q: f64 = 0.0
    if div != 0.0:
        q = floor(div)
        if div - q > 0.5:
            q += 1.0
    else:
        # A zero quotient takes the sign of the true quotient.
        q = copysign(0.0, x / y)
    mod_out[0] = m
    return q


def float_floordiv(a: Word, b: Word) -> Word:
    y = float_value(b)
    if y == 0.0:
        return raise_msg(ZERO_DIVISION_ERROR, "float floor division by zero")
    m: f64 = 0.0
    return float_new(python_floordiv(float_value(a), y, addr(m)))


def float_mod(a: Word, b: Word) -> Word:
    y = float_value(b)
    if y == 0.0:
        return raise_msg(ZERO_DIVISION_ERROR, "float modulo")
    return float_new(python_mod(float_value(a), y))


def float_divmod(a: Word, b: Word) -> Word:
    """divmod(a, b): the tuple (a // b, a % b)."""
    y = float_value(b)
    if y == 0.0:
        return raise_msg(ZERO_DIVISION_ERROR, "float divmod()")
    m: f64 = 0.0
    q = python_floordiv(float_value(a), y, addr(m))
    quotient = float_new(q)
    if not quotient:
        return quotient
    remainder = float_new(m)
    if not remainder:
        return remainder
    t = cast(Ptr[Tuple], new(Tuple, 2))
    if not t:
        return cast(Word, 0)
    t.items[0] = quotient
    t.items[1] = remainder
    return cast(Word, t)


@inline
def is_odd_integer(x: f64) -> bool:
    return fmod(fabs(x), 2.0) == 1.0


def raise_result_out_of_range() -> Word:
    """OverflowError(34, 'Numerical result out of range'): what CPython's
    PyErr_SetFromErrno(OverflowError) makes of ERANGE on Linux."""
    return raise_from_errno(OVERFLOW_ERROR, ERANGE)


def float_pow(a: Word, b: Word) -> Word:
    """a ** b (two-argument pow), with CPython's special cases decided before libm's pow."""
    x = float_value(a)
    y = float_value(b)
    if y == 0.0:
        return float_new(1.0)              # x**0 is 1, even for nan and 0
    if isnan(x):
        return float_new(x)
    if isnan(y):
        if x == 1.0:
            return float_new(1.0)          # 1**nan is 1
        return float_new(y)
    if isinf(y):
        ax = fabs(x)
        if ax == 1.0:
            return float_new(1.0)
        if (y > 0.0) == (ax > 1.0):
            return float_new(fabs(y))      # inf
        return float_new(0.0)
    if isinf(x):
        # (+-inf)**y: inf for y > 0, 0 for y < 0; keep the sign for odd integer y.
        odd = is_odd_integer(y)
        if y > 0.0:
            if odd:
                return float_new(x)
            return float_new(fabs(x))
        if odd:
            return float_new(copysign(0.0, x))
        return float_new(0.0)
    if x == 0.0:
        odd = is_odd_integer(y)
        if y < 0.0:
            return raise_msg(ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power")
        if odd:
            return float_new(x)            # keeps the sign of the zero
        return float_new(0.0)
    negate = False
    if x < 0.0:
        if y != floor(y):
            # CPython returns a complex number here, or says its modulus |x|**y overflows.
            if isinf(pow(-x, y)):
                return raise_msg(OVERFLOW_ERROR, "complex exponentiation")
            return raise_not_supported("complex numbers (a negative float to a fractional power)", "", "")
        x = -x
        negate = is_odd_integer(y)
    if x == 1.0:
        # 1**y, and (-1)**(huge integer), which some libms get wrong.
        if negate:
            return float_new(-1.0)
        return float_new(1.0)
    # x and y finite, y nonzero, x positive and not 1: libm decides.
    r = pow(x, y)
    if isinf(r):
        return raise_result_out_of_range()
    if negate:
        r = -r
    return float_new(r)


# -- comparisons (IEEE: every comparison with a nan is false, except !=) -----------------

def float_lt(a: Word, b: Word) -> bool:
    return float_value(a) < float_value(b)


def float_le(a: Word, b: Word) -> bool:
    return float_value(a) <= float_value(b)


def float_eq(a: Word, b: Word) -> bool:
    return float_value(a) == float_value(b)


def float_ne(a: Word, b: Word) -> bool:
    return not (float_value(a) == float_value(b))


def float_gt(a: Word, b: Word) -> bool:
    return float_value(a) > float_value(b)


def float_ge(a: Word, b: Word) -> bool:
    return float_value(a) >= float_value(b)


# -- hash, is_integer ----------------------------------------------------------------

def numbered_nan(x: f64) -> f64:
    """x (a nan, its sign and quiet bit kept) with the next number, never 0, in its payload."""
    global nans_made
    nans_made += 1
    number = u64(1 + nans_made % NAN_PAYLOAD)
    return cast(f64, (cast(u64, x) & ~NAN_PAYLOAD) | number)


def float_hash_value(x: f64) -> i64:
    """hash(x) as CPython computes it: x as an exact fraction, reduced modulo 2**61 - 1.

    A finite x is m * 2**e with an integer m < 2**53 < modulus. Since
    2**61 = 1 (mod modulus), multiplying by 2**e is a rotation of the 61-bit
    residue by e mod 61. An integral x therefore hashes like the equal int.
    """
    if isnan(x):
        return cast(i64, cast(u64, x) & NAN_PAYLOAD)        # the float's number (numbered_nan)
    if isinf(x):
        if x > 0.0:
            return HASH_INF
        return -HASH_INF
    bits = cast(u64, x)
    fraction = bits & FRACTION_MASK
    biased = i64((bits >> 52) & 0x7FF)
    h: u64 = fraction
    e: i64 = -1074
    if biased != 0:
        h = fraction | HIDDEN_BIT
        e = biased - 1075
    rotate = u64(e % HASH_BITS)                  # Python-style modulo: in [0, 61)
    h = ((h << rotate) & HASH_MODULUS) | (h >> (u64(HASH_BITS) - rotate))
    result = cast(i64, h)
    if (bits & SIGN_BIT) != 0:
        result = -result
    if result == -1:
        result = -2                              # -1 is the error value of C hash functions
    return result


def float_hash(w: Word) -> i64:
    return float_hash_value(float_value(w))


def float_is_integer(w: Word) -> bool:
    """x.is_integer(): finite with no fractional part."""
    x = float_value(w)
    if not isfinite(x):
        return False
    return floor(x) == x


def init() -> None:
    t = type_of(Float)
    t.repr = float_repr
    t.hash = number_hash
    t.richcompare = number_richcompare
    t.number = number_binary
    t.unary = number_unary
    t.truth = float_truth
    t.setattr = object_setattr


def float_truth(w: Word) -> i64:
    return 0 if float_value(w) == 0.0 else 1
