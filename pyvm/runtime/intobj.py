"""int: Python integers as tagged small ints or heap BigInts (DESIGN.md 5).

Every result is normalized: a value that fits in 63 bits is a small int,
never a BigInt, so each value has one representation and two small ints are
equal exactly when their Words are. The operations take Words that the caller
knows are ints; bool counts as int (True is 1), as in Python, but results are
plain ints (choosing bool results for & | ^ on two bools is the caller's job).

Each public operation tries machine arithmetic on two small ints first and
calls a slow path (never inlined) otherwise. The magnitude arithmetic is in
bigint.py, which never allocates: the slow paths allocate first and take
digit pointers afterwards (docs/lowpy.md: the collector does not update
interior pointers). Decimal text helpers are in inttext.py.

Not like CPython yet:
- int_pow with a negative exponent raises ValueError("pyvm: negative int
  exponent needs float") where CPython returns a float (0 ** -1 raises
  CPython's ZeroDivisionError).
- There is no limit on the digits of int/str conversions
  (sys.set_int_max_str_digits): they are exact at any size.
- int() accepts ASCII digits only (CPython also takes other Unicode decimal
  digits); all of Python's whitespace is skipped. The quoted text in its
  error message escapes what repr() escapes, except unassigned code points.
- ZeroDivisionError says "integer modulo by zero" for %, as CPython 3.11 does,
  and "integer division or modulo by zero" for // and divmod.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.ops import int_to_str, number_hash, number_richcompare, number_binary, number_unary
from pyvm.runtime.object import (Object, BoolObject, SMALL_MAX, SMALL_MIN,
                                 is_small, small_value, fits_small, small, has_type)
from pyvm.runtime.errors import (raise_msg, raise_with_str, raise_memory_error,
                                 ZERO_DIVISION_ERROR, OVERFLOW_ERROR, VALUE_ERROR)
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.strobj import Str, str_new_utf8
from pyvm.runtime.bigint import (mag_normalize, mag_compare, mag_bit_length, mag_is_zero_below,
                                 mag_bits_at, mag_copy, mag_add, mag_sub, mag_add_digit, mag_sub_digit,
                                 mag_mul_fast, mag_mul_scratch, mag_divmod_digit, mag_divrem,
                                 mag_shift_left, mag_shift_right)
from pyvm.runtime.inttext import (scan_int_literal, small_decimal_value, decimal_to_mag,
                                  mag_to_chunks, chunks_decimal_length, write_chunks,
                                  u64_decimal_length, write_u64_decimal, write_text_repr)


@extern
def malloc(n: i64) -> Ptr[u8]: ...


@extern
def free(p: Ptr[u8]) -> None: ...


class BigInt(Object, name="int", length="capacity"):
    sign: i64                  # 1 or -1 (zero is always a small int)
    size: i64                  # digits in use; the top one is not zero
    capacity: i64              # digits allocated: the collector's length field
    digits: Array[u32]         # the magnitude, little-endian base 2**32


# An int of more digits (64 GiB) is refused with MemoryError before the heap
# is asked, so that no size computation can overflow.
MAX_DIGITS = 1 << 34

# The low bit of a small int's Word. The fast paths compute on tagged Words
# directly: (2x+1) + 2y = 2(x+y)+1, and the machine's overflow flag says
# exactly when the result leaves the small range.
TAG = 1

HASH_MODULUS = 0x1FFFFFFFFFFFFFFF     # 2**61 - 1 (sys.hash_info.modulus)

WANT_QUOTIENT = 1
WANT_REMAINDER = 2
WANT_BOTH = 3

OP_AND = 0
OP_OR = 1
OP_XOR = 2

INVALID_LITERAL = "invalid literal for int() with base 10: "
INVALID_LITERAL_LENGTH = 40


class DecimalScratch(Object, name="int_decimal_scratch"):
    text: Array[u8, 24]


# Where a small int's digits are written before str_new_utf8 copies them; it is
# static, so it does not move while str_new_utf8 allocates.
SCRATCH = static(DecimalScratch)


# -- looking at ints ---------------------------------------------------------------

@inline
def big(w: Word) -> Ptr[BigInt]:
    return cast(Ptr[BigInt], w)


@inline
def as_int(w: Word) -> Word:
    """bool is an int subclass: True and False count as the small ints 1 and 0."""
    if has_type(w, type_of(BoolObject)):
        return small(cast(Ptr[BoolObject], w).value)
    return w


@inline
def magnitude_of_i64(v: i64) -> u64:
    return u64(v) if v >= 0 else u64(0) - u64(v)


@inline
def sign_of(w: Word) -> i64:
    if is_small(w):
        v = small_value(w)
        if v > 0:
            return 1
        if v < 0:
            return -1
        return 0
    return big(w).sign


@inline
def size_of(w: Word) -> i64:
    """Digits of the magnitude of int w (a small int has 0, 1 or 2)."""
    if is_small(w):
        m = magnitude_of_i64(small_value(w))
        if m == 0:
            return 0
        if m <= 0xFFFFFFFF:
            return 1
        return 2
    return big(w).size


@inline
def digits_of(w: Word, scratch: Ptr[u64]) -> Ptr[u32]:
    """The magnitude digits of int w; a small int's are written to *scratch.

    For a BigInt this is an interior pointer: take it after the last allocation."""
    if is_small(w):
        scratch[0] = magnitude_of_i64(small_value(w))
        return cast(Ptr[u32], scratch)
    return big(w).digits


# -- making ints -------------------------------------------------------------------

def new_bigint(n: i64) -> Ptr[BigInt]:
    """A zeroed BigInt with room for n digits; null with MemoryError pending."""
    if n > MAX_DIGITS:
        raise_memory_error()
        return null(BigInt)
    return new(BigInt, n)


def finish(r: Ptr[BigInt], n: i64, sign: i64) -> Word:
    """The int sign * r.digits[0:n]: r itself, or a small int when the value fits."""
    d = r.digits
    size = mag_normalize(d, n)
    if size <= 2:
        m: u64 = 0
        if size >= 1:
            m = u64(d[0])
        if size == 2:
            m = m | (u64(d[1]) << 32)
        if m == 0:
            return small(0)
        if sign > 0 and m <= u64(SMALL_MAX):
            return small(i64(m))
        if sign < 0 and m <= u64(SMALL_MAX) + 1:
            return small(0 - i64(m))
    r.sign = sign
    r.size = size
    return cast(Word, r)


def from_magnitude(m: u64, sign: i64) -> Word:
    """The int sign * m."""
    if m == 0:
        return small(0)
    if sign > 0 and m <= u64(SMALL_MAX):
        return small(i64(m))
    if sign < 0 and m <= u64(SMALL_MAX) + 1:
        return small(0 - i64(m))
    r = new_bigint(2)
    if not r:
        return cast(Word, 0)
    r.digits[0] = u32(m)
    r.digits[1] = u32(m >> 32)
    return finish(r, 2, sign)


def int_from_i64(v: i64) -> Word:
    """The int v."""
    if fits_small(v):
        return small(v)
    return from_magnitude(magnitude_of_i64(v), -1 if v < 0 else 1)


def int_to_i64(w: Word, out: Ptr[i64]) -> bool:
    """Store int w in *out; False (nothing raised, *out untouched) when it needs more than 64 bits."""
    a = as_int(w)
    if is_small(a):
        out[0] = small_value(a)
        return True
    p = big(a)
    if p.size > 2:
        return False
    m = u64(p.digits[0]) | (u64(p.digits[1]) << 32)
    if p.sign > 0:
        if m > 0x7FFFFFFFFFFFFFFF:
            return False
        out[0] = i64(m)
        return True
    if m > 0x8000000000000000:
        return False
    out[0] = i64(u64(0) - m)
    return True


def make_pair(first: Word, second: Word) -> Word:
    t = new(Tuple, 2)
    if not t:
        return cast(Word, 0)
    t.items[0] = first
    t.items[1] = second
    return cast(Word, t)


# -- + - * -------------------------------------------------------------------------

def int_add(a: Word, b: Word) -> Word:
    """a + b."""
    if is_small(a) and is_small(b):
        # (2x+1) + 2y = 2(x+y)+1: the tagged sum, overflowing exactly when x+y is not small.
        r, overflow = add_ovf(cast(i64, a), cast(i64, b) - TAG)
        if not overflow:
            return cast(Word, r)
    return add_slow(a, b, False)


def int_sub(a: Word, b: Word) -> Word:
    """a - b."""
    if is_small(a) and is_small(b):
        r, overflow = sub_ovf(cast(i64, a), cast(i64, b) - TAG)
        if not overflow:
            return cast(Word, r)
    return add_slow(a, b, True)


@noinline
def add_slow(a0: Word, b0: Word, negate_b: bool) -> Word:
    """a + b, or a - b when negate_b."""
    a = as_int(a0)
    b = as_int(b0)
    sa = sign_of(a)
    sb = sign_of(b)
    if negate_b:
        sb = 0 - sb
    if sb == 0:
        return a
    if sa == 0:
        return int_neg(b) if negate_b else b
    na = size_of(a)
    nb = size_of(b)
    r = new_bigint(max(na, nb) + 1)
    if not r:
        return cast(Word, 0)
    ta: u64 = 0
    tb: u64 = 0
    pa = digits_of(a, addr(ta))
    pb = digits_of(b, addr(tb))
    if sa == sb:
        if na >= nb:
            return finish(r, mag_add(r.digits, pa, na, pb, nb), sa)
        return finish(r, mag_add(r.digits, pb, nb, pa, na), sa)
    c = mag_compare(pa, na, pb, nb)
    if c == 0:
        return small(0)
    if c > 0:
        return finish(r, mag_sub(r.digits, pa, na, pb, nb), sa)
    return finish(r, mag_sub(r.digits, pb, nb, pa, na), sb)


def int_mul(a: Word, b: Word) -> Word:
    """a * b."""
    if is_small(a) and is_small(b):
        # x * 2y = 2xy fits in 64 bits exactly when xy is small; then set the tag.
        r, overflow = mul_ovf(small_value(a), cast(i64, b) - TAG)
        if not overflow:
            return cast(Word, r | TAG)
    return mul_slow(a, b)


@noinline
def mul_slow(a0: Word, b0: Word) -> Word:
    a = as_int(a0)
    b = as_int(b0)
    sa = sign_of(a)
    sb = sign_of(b)
    if sa == 0 or sb == 0:
        return small(0)
    na = size_of(a)
    nb = size_of(b)
    r = new_bigint(na + nb)
    if not r:
        return cast(Word, 0)
    scratch_digits = mag_mul_scratch(na, nb)
    scratch = null(u32)
    if scratch_digits > 0:
        # Outside the GC heap: freed at once, and it never moves.
        scratch = cast(Ptr[u32], malloc(scratch_digits * 4))
        if not scratch:
            return raise_memory_error()
    ta: u64 = 0
    tb: u64 = 0
    pa = digits_of(a, addr(ta))
    pb = digits_of(b, addr(tb))
    n = mag_mul_fast(r.digits, pa, na, pb, nb, scratch)
    free(cast(Ptr[u8], scratch))
    return finish(r, n, sa * sb)


# -- // % divmod ---------------------------------------------------------------------

def int_floordiv(a: Word, b: Word) -> Word:
    """a // b (rounding toward minus infinity)."""
    if is_small(a) and is_small(b):
        y = small_value(b)
        if y != 0:
            q = small_value(a) // y
            if fits_small(q):          # only SMALL_MIN // -1 leaves the range
                return small(q)
    return divmod_slow(a, b, WANT_QUOTIENT)


def int_mod(a: Word, b: Word) -> Word:
    """a % b (the sign of b)."""
    if is_small(a) and is_small(b):
        y = small_value(b)
        if y != 0:
            return small(small_value(a) % y)
    return divmod_slow(a, b, WANT_REMAINDER)


def int_divmod(a: Word, b: Word) -> Word:
    """divmod(a, b): the tuple (a // b, a % b)."""
    if is_small(a) and is_small(b):
        x = small_value(a)
        y = small_value(b)
        if y != 0:
            q = x // y
            if fits_small(q):
                return make_pair(small(q), small(x % y))
    return divmod_slow(a, b, WANT_BOTH)


@noinline
def divmod_slow(a0: Word, b0: Word, want: i64) -> Word:
    a = as_int(a0)
    b = as_int(b0)
    if sign_of(b) == 0:
        if want == WANT_REMAINDER:
            return raise_msg(ZERO_DIVISION_ERROR, "integer modulo by zero")
        return raise_msg(ZERO_DIVISION_ERROR, "integer division or modulo by zero")
    if is_small(a) and is_small(b):
        x = small_value(a)
        y = small_value(b)
        q = int_from_i64(x // y)
        if not q:
            return q
        r = small(x % y)
        if want == WANT_QUOTIENT:
            return q
        if want == WANT_REMAINDER:
            return r
        return make_pair(q, r)
    return divmod_big(a, b, want)


def divmod_big(a: Word, b: Word, want: i64) -> Word:
    """divmod_slow when a or b is a BigInt (b is not zero)."""
    sa = sign_of(a)
    sb = sign_of(b)
    na = size_of(a)
    nb = size_of(b)
    knuth = nb >= 2 and na >= nb
    qb = new_bigint(max(na - nb, 0) + 2)
    if not qb:
        return cast(Word, 0)
    # The remainder object doubles as algorithm D's working copy of the dividend.
    rb = new_bigint(max(na, nb) + 1)
    if not rb:
        return cast(Word, 0)
    vb = null(BigInt)
    if knuth:
        vb = new_bigint(nb)
        if not vb:
            return cast(Word, 0)
    ta: u64 = 0
    tb: u64 = 0
    pa = digits_of(a, addr(ta))
    pb = digits_of(b, addr(tb))
    qd = qb.digits
    rd = rb.digits
    qn: i64 = 0
    rn: i64 = 0
    if na < nb:
        mag_copy(rd, pa, na)
        rn = na
    elif nb == 1:
        rd[0] = mag_divmod_digit(qd, pa, na, pb[0])
        qn = mag_normalize(qd, na)
        rn = mag_normalize(rd, 1)
    else:
        mag_divrem(qd, rd, vb.digits, pa, na, pb, nb)
        qn = mag_normalize(qd, na - nb + 1)
        rn = mag_normalize(rd, nb)
    if sa != sb and rn > 0:
        # Truncation rounded toward zero; floor division goes one further.
        qn = mag_add_digit(qd, qd, qn, 1)
        rn = mag_sub(rd, pb, nb, rd, rn)
    q = finish(qb, qn, sa * sb)
    r = finish(rb, rn, sb)
    if want == WANT_QUOTIENT:
        return q
    if want == WANT_REMAINDER:
        return r
    return make_pair(q, r)


# -- ** --------------------------------------------------------------------------------

def int_pow(a: Word, b: Word) -> Word:
    """a ** b for b >= 0 (see the module notes for b < 0)."""
    if is_small(a) and is_small(b):
        e = small_value(b)
        if e >= 0:
            base = small_value(a)
            acc: i64 = 1
            overflow = False
            while e > 0:
                if (e & 1) != 0:
                    acc, o1 = mul_ovf(acc, base)
                    if o1:
                        overflow = True
                        break
                e = e >> 1
                if e > 0:
                    base, o2 = mul_ovf(base, base)
                    if o2:
                        overflow = True
                        break
            if not overflow and fits_small(acc):
                return small(acc)
    return pow_slow(a, b)


@noinline
def pow_slow(a0: Word, b0: Word) -> Word:
    a = as_int(a0)
    b = as_int(b0)
    sa = sign_of(a)
    if sign_of(b) < 0:
        if sa == 0:
            return raise_msg(ZERO_DIVISION_ERROR, "0.0 cannot be raised to a negative power")
        return raise_msg(VALUE_ERROR, "pyvm: negative int exponent needs float")
    if is_small(a):
        x = small_value(a)
        if x == 0 or x == 1:
            return a if sign_of(b) != 0 else small(1)
        if x == -1:
            odd = (small_value(b) & 1) != 0 if is_small(b) else (big(b).digits[0] & 1) != 0
            return a if odd else small(1)
    if not is_small(b):
        return raise_memory_error()        # |a| >= 2: more than 2**62 bits
    e = small_value(b)
    if e == 0:
        return small(1)
    na = size_of(a)
    ta: u64 = 0
    bits = mag_bit_length(digits_of(a, addr(ta)), na)
    least, too_big = mul_ovf(bits - 1, e)     # the result has more than this many bits
    if too_big or least > MAX_DIGITS * 32:
        return raise_memory_error()
    if is_small(a):
        m = magnitude_of_i64(small_value(a))
        if (m & (m - 1)) == 0:
            # A power of two: one shift.
            r = lshift_by(small(1), i64(ctz(m)) * e)
            if not r:
                return r
            if sa < 0 and (e & 1) != 0:
                return int_neg(r)
            return r
    # Left-to-right binary powering: the multiplications by a stay cheap.
    result = a
    top = 63 - i64(clz(u64(e)))
    for i in range(top - 1, -1, -1):
        result = int_mul(result, result)
        if not result:
            return result
        if ((e >> i) & 1) != 0:
            result = int_mul(result, a)
            if not result:
                return result
    return result


# -- unary -----------------------------------------------------------------------------

def int_neg(a: Word) -> Word:
    """-a."""
    if is_small(a):
        v = small_value(a)
        if v != SMALL_MIN:
            return small(0 - v)
    return neg_slow(a, False)


def int_abs(a: Word) -> Word:
    """abs(a)."""
    if is_small(a):
        v = small_value(a)
        if v >= 0:
            return a
        if v != SMALL_MIN:
            return small(0 - v)
    return neg_slow(a, True)


def int_pos(a: Word) -> Word:
    """+a (an int, also for a bool)."""
    return as_int(a)


@noinline
def neg_slow(a0: Word, only_negative: bool) -> Word:
    """-a, or abs(a) when only_negative."""
    a = as_int(a0)
    if is_small(a):
        v = small_value(a)
        if only_negative and v >= 0:
            return a
        return int_from_i64(0 - v)
    sa = big(a).sign
    if only_negative and sa > 0:
        return a
    n = big(a).size
    r = new_bigint(n)
    if not r:
        return cast(Word, 0)
    mag_copy(r.digits, big(a).digits, n)
    return finish(r, n, 0 - sa)


def int_invert(a: Word) -> Word:
    """~a, which is -a - 1."""
    if is_small(a):
        # ~(2x+1) = 2(~x): set the tag again. ~x is small whenever x is.
        return cast(Word, ~cast(i64, a) | TAG)
    return invert_slow(a)


@noinline
def invert_slow(a0: Word) -> Word:
    a = as_int(a0)
    if is_small(a):
        return small(~small_value(a))
    n = big(a).size
    r = new_bigint(n + 1)
    if not r:
        return cast(Word, 0)
    if big(a).sign > 0:
        return finish(r, mag_add_digit(r.digits, big(a).digits, n, 1), -1)
    return finish(r, mag_sub_digit(r.digits, big(a).digits, n, 1), 1)


# -- shifts ----------------------------------------------------------------------------

def int_lshift(a: Word, b: Word) -> Word:
    """a << b."""
    if is_small(a) and is_small(b):
        s = small_value(b)
        if s >= 0 and s < 63:
            v = small_value(a)
            r = v << s
            if (r >> s) == v and fits_small(r):
                return small(r)
    return lshift_slow(a, b)


@noinline
def lshift_slow(a0: Word, b0: Word) -> Word:
    a = as_int(a0)
    b = as_int(b0)
    if sign_of(b) < 0:
        return raise_msg(VALUE_ERROR, "negative shift count")
    if sign_of(a) == 0:
        return small(0)
    if not is_small(b):
        if shift_too_many_digits(b):
            return raise_msg(OVERFLOW_ERROR, "too many digits in integer")
        return raise_memory_error()
    return lshift_by(a, small_value(b))


def shift_too_many_digits(b: Word) -> bool:
    """CPython 3.11 answers a << b with OverflowError (not MemoryError) from
    b >= 30 * (2**61 - 1), where its digit count passes PY_SSIZE_T_MAX / 4."""
    p = big(b)
    if p.size != 3:
        return p.size > 3
    hi = p.digits[2]
    lo = (u64(p.digits[1]) << 32) | u64(p.digits[0])
    return hi > 3 or (hi == 3 and lo >= 0xBFFFFFFFFFFFFFE2)


def lshift_by(a: Word, shift: i64) -> Word:
    """a << shift for an int a and shift >= 0."""
    sa = sign_of(a)
    if sa == 0:
        return a
    if is_small(a) and shift < 63:
        v = small_value(a)
        r = v << shift
        if (r >> shift) == v and fits_small(r):
            return small(r)
    na = size_of(a)
    words = shift // 32
    if words > MAX_DIGITS:
        return raise_memory_error()
    rb = new_bigint(na + words + 1)
    if not rb:
        return cast(Word, 0)
    ta: u64 = 0
    pa = digits_of(a, addr(ta))
    rd = rb.digits
    rd[na + words] = mag_shift_left(rd + words, pa, na, shift % 32)
    return finish(rb, na + words + 1, sa)


def int_rshift(a: Word, b: Word) -> Word:
    """a >> b (rounding toward minus infinity)."""
    if is_small(a) and is_small(b):
        s = small_value(b)
        if s >= 0:
            return small(small_value(a) >> min(s, 63))
    return rshift_slow(a, b)


@noinline
def rshift_slow(a0: Word, b0: Word) -> Word:
    a = as_int(a0)
    b = as_int(b0)
    if sign_of(b) < 0:
        return raise_msg(VALUE_ERROR, "negative shift count")
    sa = sign_of(a)
    if not is_small(b):
        return small(-1) if sa < 0 else small(0)
    shift = small_value(b)
    if is_small(a):
        return small(small_value(a) >> min(shift, 63))
    na = big(a).size
    words = shift // 32
    if words >= na:
        return small(-1) if sa < 0 else small(0)
    n = na - words
    rb = new_bigint(n + 1)
    if not rb:
        return cast(Word, 0)
    pa = big(a).digits
    rd = rb.digits
    mag_shift_right(rd, pa + words, n, shift % 32)
    rn = mag_normalize(rd, n)
    if sa < 0 and not mag_is_zero_below(pa, na, shift):
        # Bits shifted out of a negative number: floor rounds away from zero.
        rn = mag_add_digit(rd, rd, rn, 1)
    return finish(rb, rn, sa)


# -- & | ^ -------------------------------------------------------------------------------

def int_and(a: Word, b: Word) -> Word:
    """a & b (two's complement, infinitely sign-extended)."""
    if is_small(a) and is_small(b):
        return cast(Word, cast(i64, a) & cast(i64, b))
    return bitwise_slow(a, b, OP_AND)


def int_or(a: Word, b: Word) -> Word:
    """a | b."""
    if is_small(a) and is_small(b):
        return cast(Word, cast(i64, a) | cast(i64, b))
    return bitwise_slow(a, b, OP_OR)


def int_xor(a: Word, b: Word) -> Word:
    """a ^ b."""
    if is_small(a) and is_small(b):
        return cast(Word, (cast(i64, a) ^ cast(i64, b)) | TAG)
    return bitwise_slow(a, b, OP_XOR)


@inline
def bit_op(x: u32, y: u32, op: i64) -> u32:
    if op == OP_AND:
        return x & y
    if op == OP_OR:
        return x | y
    return x ^ y


@noinline
def bitwise_slow(a0: Word, b0: Word, op: i64) -> Word:
    a = as_int(a0)
    b = as_int(b0)
    if is_small(a) and is_small(b):
        return small(bitwise_small(small_value(a), small_value(b), op))
    sa = sign_of(a)
    sb = sign_of(b)
    na = size_of(a)
    nb = size_of(b)
    # One more digit than the operands: pure sign extension, so that the
    # result's two's complement converts back to a magnitude without loss.
    n = max(na, nb) + 1
    r = new_bigint(n)
    if not r:
        return cast(Word, 0)
    ta: u64 = 0
    tb: u64 = 0
    pa = digits_of(a, addr(ta))
    pb = digits_of(b, addr(tb))
    rd = r.digits
    # A negative operand's two's complement digits are ~magnitude + 1, carried along.
    carry_a: u64 = 1
    carry_b: u64 = 1
    da: u32 = 0
    db: u32 = 0
    for i in range(n):
        da = pa[i] if i < na else 0
        if sa < 0:
            t = u64(~da) + carry_a
            da = u32(t)
            carry_a = t >> 32
        db = pb[i] if i < nb else 0
        if sb < 0:
            t2 = u64(~db) + carry_b
            db = u32(t2)
            carry_b = t2 >> 32
        rd[i] = bit_op(da, db, op)
    negative = False
    if op == OP_AND:
        negative = sa < 0 and sb < 0
    elif op == OP_OR:
        negative = sa < 0 or sb < 0
    else:
        negative = (sa < 0) != (sb < 0)
    if negative:
        carry: u64 = 1
        for i in range(n):
            t3 = u64(~rd[i]) + carry
            rd[i] = u32(t3)
            carry = t3 >> 32
    return finish(r, n, -1 if negative else 1)


@inline
def bitwise_small(x: i64, y: i64, op: i64) -> i64:
    if op == OP_AND:
        return x & y
    if op == OP_OR:
        return x | y
    return x ^ y


# -- comparisons and hashing ---------------------------------------------------------------

def int_compare(a: Word, b: Word) -> i64:
    """-1, 0 or 1 as a < b, a == b, a > b."""
    if is_small(a) and is_small(b):
        x = small_value(a)
        y = small_value(b)
        if x < y:
            return -1
        return 1 if x > y else 0
    return compare_slow(a, b)


def int_eq(a: Word, b: Word) -> bool:
    """a == b."""
    if a == b:
        return True
    if is_small(a) and is_small(b):
        return False
    return compare_slow(a, b) == 0


@noinline
def compare_slow(a0: Word, b0: Word) -> i64:
    a = as_int(a0)
    b = as_int(b0)
    sa = sign_of(a)
    sb = sign_of(b)
    if sa != sb:
        return -1 if sa < sb else 1
    if sa == 0:
        return 0
    ta: u64 = 0
    tb: u64 = 0
    pa = digits_of(a, addr(ta))
    pb = digits_of(b, addr(tb))
    return sa * mag_compare(pa, size_of(a), pb, size_of(b))


def int_hash(w: Word) -> i64:
    """hash(n) as CPython computes it: sign * (|n| mod 2**61 - 1), with -1 turned into -2."""
    a = as_int(w)
    h: i64 = 0
    if is_small(a):
        v = small_value(a)
        h = i64(magnitude_of_i64(v) % HASH_MODULUS)
        if v < 0:
            h = 0 - h
    else:
        p = big(a)
        x: u64 = 0
        for i in range(p.size - 1, -1, -1):
            # x * 2**32 mod 2**61-1 is a rotation of the 61-bit x by 32 places.
            x = ((x << 32) & HASH_MODULUS) | (x >> 29)
            x += u64(p.digits[i])
            if x >= HASH_MODULUS:
                x -= HASH_MODULUS
        h = i64(x)
        if p.sign < 0:
            h = 0 - h
    return -2 if h == -1 else h


# -- floats ------------------------------------------------------------------------------

@inline
def power_of_two(k: i64) -> f64:
    """2.0 ** k for -1022 <= k <= 1023, from its bit pattern."""
    return cast(f64, u64(k + 1023) << 52)


def int_to_double(w: Word, out: Ptr[f64]) -> bool:
    """float(w), correctly rounded (half to even) into *out; False after raising OverflowError."""
    a = as_int(w)
    if is_small(a):
        out[0] = f64(small_value(a))          # 63 bits: the conversion rounds correctly
        return True
    p = big(a)
    nbits = mag_bit_length(p.digits, p.size)
    if nbits <= 1024:
        # The top 63 bits, with a sticky bit for everything below them, round
        # like the whole number: the rounding point is 10 bits further up.
        shift = nbits - 63
        top = mag_bits_at(p.digits, p.size, shift)
        if not mag_is_zero_below(p.digits, p.size, shift):
            top = top | 1
        x = f64(i64(top)) * power_of_two(shift)
        if not isinf(x):
            out[0] = -x if p.sign < 0 else x
            return True
    raise_msg(OVERFLOW_ERROR, "int too large to convert to float")
    return False


def int_from_double(x: f64) -> Word:
    """int(x): x truncated toward zero."""
    if isnan(x):
        return raise_msg(VALUE_ERROR, "cannot convert float NaN to integer")
    if isinf(x):
        return raise_msg(OVERFLOW_ERROR, "cannot convert float infinity to integer")
    t = trunc(x)
    if fabs(t) < 4611686018427387904.0:      # 2**62
        return small(i64(t))
    # |t| >= 2**62 is an integer: mantissa * 2**exponent with exponent >= 10.
    bits = cast(u64, t)
    exponent = i64((bits >> 52) & 0x7FF) - 1075
    mantissa: u64 = (bits & 0xFFFFFFFFFFFFF) | (u64(1) << 52)
    words = exponent // 32
    r = new_bigint(words + 3)
    if not r:
        return cast(Word, 0)
    rd = r.digits
    rd[words + 2] = mag_shift_left(rd + words, cast(Ptr[u32], addr(mantissa)), 2, exponent % 32)
    return finish(r, words + 3, -1 if t < 0.0 else 1)


# -- decimal text --------------------------------------------------------------------------

def int_to_decimal(w: Word) -> Word:
    """str(w): its decimal digits, with a minus sign when negative."""
    a = as_int(w)
    if is_small(a):
        v = small_value(a)
        m = magnitude_of_i64(v)
        neg: i64 = 1 if v < 0 else 0
        length = u64_decimal_length(m) + neg
        text = SCRATCH.text
        text[0] = 45                          # '-', overwritten when v >= 0
        write_u64_decimal(text + neg, m, length - neg)
        return str_new_utf8(text, length, length)
    n = big(a).size
    negative: i64 = 1 if big(a).sign < 0 else 0
    # Scratch outside the GC heap: nothing here moves while str_new_utf8 allocates.
    work = cast(Ptr[u32], malloc(n * 4))
    chunks = cast(Ptr[u32], malloc((n + n // 8 + 6) * 4))
    if not work or not chunks:
        free(cast(Ptr[u8], work))
        free(cast(Ptr[u8], chunks))
        return raise_memory_error()
    mag_copy(work, big(a).digits, n)
    count = mag_to_chunks(chunks, work, n)
    size = chunks_decimal_length(chunks, count) + negative
    out = malloc(size)
    s = cast(Word, 0)
    if out:
        out[0] = 45                            # '-', overwritten when positive
        write_chunks(out + negative, chunks, count)
        s = str_new_utf8(out, size, size)
    else:
        raise_memory_error()
    free(out)
    free(cast(Ptr[u8], chunks))
    free(cast(Ptr[u8], work))
    return s


def int_from_decimal(buf: Ptr[u8], n: i64) -> Word:
    """int(text) for the n bytes of UTF-8 text at buf, in base 10.

    buf must not point into the moving heap, since it is read again after
    allocating: for a str object, use int_from_str."""
    return parse_decimal(cast(Word, 0), buf, n)


def int_from_str(s: Word) -> Word:
    """int(s) for a str s, in base 10."""
    return parse_decimal(s, null(u8), cast(Ptr[Str], s).nbytes)


@inline
def text_of(source: Word, buf: Ptr[u8]) -> Ptr[u8]:
    """The text being parsed: the bytes of str source if there is one (taken
    again after every allocation, since the str may move), else buf."""
    if source:
        return cast(Ptr[Str], source).data
    return buf


def parse_decimal(source: Word, buf: Ptr[u8], n: i64) -> Word:
    sign: i64 = 1
    first: i64 = 0
    end: i64 = 0
    ndigits = scan_int_literal(text_of(source, buf), n, addr(sign), addr(first), addr(end))
    if ndigits == 0:
        return raise_invalid_literal(source, buf, n)
    if ndigits <= 18:
        return int_from_i64(sign * small_decimal_value(text_of(source, buf), first, end))
    r = new_bigint(ndigits // 9 + 2)
    if not r:
        return cast(Word, 0)
    return finish(r, decimal_to_mag(r.digits, text_of(source, buf), first, end, ndigits), sign)


def raise_invalid_literal(source: Word, buf: Ptr[u8], n: i64) -> Word:
    """ValueError: invalid literal for int() with base 10: 'TEXT' (CPython's %.200R)."""
    out = malloc(INVALID_LITERAL_LENGTH + 1024)
    if not out:
        return raise_memory_error()
    prefix = INVALID_LITERAL
    for i in range(INVALID_LITERAL_LENGTH):
        out[i] = prefix[i]
    chars: i64 = INVALID_LITERAL_LENGTH
    size = write_text_repr(out, INVALID_LITERAL_LENGTH, text_of(source, buf), n, addr(chars))
    message = str_new_utf8(out, size, chars)
    free(out)
    if not message:
        return message
    return raise_with_str(VALUE_ERROR, message)


def init() -> None:
    t = type_of(BigInt)
    t.repr = int_to_str
    t.hash = number_hash
    t.richcompare = number_richcompare
    t.number = number_binary
    t.unary = number_unary
    t.setattr = object_setattr
