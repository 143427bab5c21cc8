"""repr(float): the shortest decimal text that reads back as the same double.

CPython's repr asks David Gay's dtoa for mode 0: the fewest significant digits
that round-trip (read back with round-half-even), and among those the digits
closest to the exact binary value. We compute the same digits with the
Steele & White / Dragon4 "free format" method on exact big integers, taking
every decision exactly as dtoa's bignum loop does (Python/dtoa.c, the
`leftright` loop of _Py_dg_dtoa), so ties and boundary cases agree too.

The value v and the half-gaps to its neighbours are kept as fractions over one
denominator S:

    v = R / S,   (v - lower neighbour) / 2 = MLO / S,   (upper - v) / 2 = MHI / S

scaled by 10^k so that R / S lies in [1, 10). Each step takes the next digit as
R // S and stops as soon as the digits so far, or those digits with the last
one raised by one, fall inside the rounding interval of v. The interval is
closed when the significand is even (round-half-even reads a halfway text back
to the even neighbour) and open otherwise. At a power of two the gap below is
half the gap above (asymmetric interval), except at the smallest normal, whose
lower neighbour is a subnormal the same distance away.

Big integers are fixed arrays of LIMBS 32-bit limbs, little endian, in one
static scratch area: the largest number needed (10 * S for the smallest
subnormal, about 2^1080) fits in 1280 bits. The runtime is single-threaded and
nothing here re-enters, so one scratch area is enough. Every number of one
conversion fits in |e| + 72 bits, e being x's binary exponent (R, S and the
gaps are 2^|e| times x's 53 bits scaled by 10^k, k about e * log10(2), and at
most 20 * S), so scale() sets `limbs`, the limbs the operations go over, to
that: 4 for the 1e2 of a price, where going over all 40 made '%.2f' % x cost
as much as the rest of formatting it.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.floatobj import float_value
from pyvm.runtime.strobj import str_new_utf8

LIMBS = 40
TEXT_SIZE = 40                 # longest repr is 24 bytes ("-2.2250738585072014e-308")

FRACTION_MASK = 0x000FFFFFFFFFFFFF
HIDDEN_BIT = 0x0010000000000000
SIGN_BIT = 0x8000000000000000
LOG10_2 = 0.30102999566398120


class DtoaScratch(Struct):
    # The lengths are LIMBS and TEXT_SIZE (a named constant is not resolved in layouts yet).
    r: Array[u32, 40]          # numerator of the remaining value
    s: Array[u32, 40]          # common denominator
    mlo: Array[u32, 40]        # half-gap to the lower neighbour
    mhi: Array[u32, 40]        # half-gap to the upper neighbour
    tmp: Array[u32, 40]
    digits: Array[u8, 40]
    text: Array[u8, 40]


SCRATCH = static(DtoaScratch)
limbs: i64 = LIMBS             # the limbs of the numbers of the conversion under way (set by scale)


# -- fixed-size big integers ---------------------------------------------------------

def big_set(a: Ptr[u32], v: u64) -> None:
    a[0] = u32(v)
    a[1] = u32(v >> 32)
    for i in range(2, limbs):
        a[i] = 0


def big_copy(dst: Ptr[u32], src: Ptr[u32]) -> None:
    for i in range(limbs):
        dst[i] = src[i]


def big_is_zero(a: Ptr[u32]) -> bool:
    for i in range(limbs):
        if a[i] != 0:
            return False
    return True


def big_compare(a: Ptr[u32], b: Ptr[u32]) -> i64:
    """-1, 0 or 1 as a <, ==, > b."""
    for i in range(limbs - 1, -1, -1):
        if a[i] != b[i]:
            if a[i] > b[i]:
                return 1
            return -1
    return 0


def big_add(dst: Ptr[u32], a: Ptr[u32], b: Ptr[u32]) -> None:
    """dst = a + b (dst may be a or b)."""
    carry: u64 = 0
    for i in range(limbs):
        t = u64(a[i]) + u64(b[i]) + carry
        dst[i] = u32(t)
        carry = t >> 32


def big_subtract(a: Ptr[u32], b: Ptr[u32]) -> None:
    """a -= b, for a >= b."""
    borrow: i64 = 0
    for i in range(limbs):
        t = i64(a[i]) - i64(b[i]) - borrow
        borrow = 0
        if t < 0:
            t += 0x100000000
            borrow = 1
        a[i] = u32(t)


def big_multiply_small(a: Ptr[u32], m: u32) -> None:
    carry: u64 = 0
    for i in range(limbs):
        t = u64(a[i]) * u64(m) + carry
        a[i] = u32(t)
        carry = t >> 32


def big_multiply_pow10(a: Ptr[u32], k: i64) -> None:
    """a *= 10**k, k >= 0."""
    while k >= 9:
        big_multiply_small(a, 1000000000)
        k -= 9
    while k > 0:
        big_multiply_small(a, 10)
        k -= 1


def big_set_pow2(a: Ptr[u32], e: i64) -> None:
    """a = 2**e, 0 <= e < 32 * limbs."""
    big_set(a, 0)
    a[e >> 5] = u32(1) << u32(e & 31)


def big_shift_left(a: Ptr[u32], bits: i64) -> None:
    """a <<= bits (the result must fit)."""
    words = bits >> 5
    shift = u32(bits & 31)
    for i in range(limbs - 1, -1, -1):
        value: u32 = 0
        if i >= words:
            value = a[i - words]
            if shift != 0:
                value = value << shift
                if i - words - 1 >= 0:
                    value = value | (a[i - words - 1] >> (u32(32) - shift))
        a[i] = value


# -- digits ----------------------------------------------------------------------------

def carry_into(digits: Ptr[u8], n: i64, k: Ptr[i64]) -> i64:
    """digits[0:n] plus one unit in their last place: the final digit came out as 10.

    Trailing nines disappear (dtoa's roundoff); when every digit was 9 the
    result is "1" one decade up. Returns the new digit count.
    """
    while n > 0 and digits[n - 1] == 0x39:
        n -= 1
    if n == 0:
        digits[0] = 0x31
        k[0] = k[0] + 1
        return 1
    digits[n - 1] = digits[n - 1] + 1
    return n


def scale(x: f64) -> i64:
    """Set R/S = x (finite, > 0) scaled into [1, 10), and MLO/S, MHI/S to the half-gaps to x's
    neighbours scaled alike; returns k, x's decimal exponent: x = R/S * 10**k."""
    bits = cast(u64, x)
    fraction = bits & FRACTION_MASK
    biased = i64((bits >> 52) & 0x7FF)
    f: u64 = fraction
    e: i64 = -1074
    if biased != 0:
        f = fraction | HIDDEN_BIT
        e = biased - 1075
    # a = 2 when the gap below is half the gap above: x a power of two above the smallest normal.
    a: i64 = 1
    if fraction == 0 and biased >= 2:
        a = 2
    z: i64 = 0                  # extra power of two that makes everything an integer
    if e < 0:
        z = -e
    global limbs
    limbs = min(LIMBS, (abs(e) + 72) // 32 + 2)
    r = SCRATCH.r
    s = SCRATCH.s
    mlo = SCRATCH.mlo
    mhi = SCRATCH.mhi
    tmp = SCRATCH.tmp
    # R/S = f * 2^e, MHI/S = 2^(e-1), MLO/S = 2^(e-a).
    big_set(r, f)
    big_shift_left(r, e + a + z)
    big_set_pow2(s, a + z)
    big_set_pow2(mhi, e + a - 1 + z)
    big_set_pow2(mlo, e + z)

    # k ~ floor(log10 x) from the binary exponent, then made exact below.
    top_bit = 63 - i64(clz(f)) + e
    k = i64(floor(f64(top_bit) * LOG10_2))
    if k >= 0:
        big_multiply_pow10(s, k)
    else:
        big_multiply_pow10(r, -k)
        big_multiply_pow10(mlo, -k)
        big_multiply_pow10(mhi, -k)
    while True:
        big_copy(tmp, s)
        big_multiply_small(tmp, 10)
        if big_compare(r, tmp) < 0:
            break
        big_copy(s, tmp)
        k += 1
    while big_compare(r, s) < 0:
        big_multiply_small(r, 10)
        big_multiply_small(mlo, 10)
        big_multiply_small(mhi, 10)
        k -= 1
    return k


def next_digit() -> i64:
    """R // S, with R left as R % S."""
    digit: i64 = 0
    while big_compare(SCRATCH.r, SCRATCH.s) >= 0:
        big_subtract(SCRATCH.r, SCRATCH.s)
        digit += 1
    return digit


def shortest_digits(x: f64, digits: Ptr[u8], decimal_point: Ptr[i64]) -> i64:
    """The shortest round-trip digits of finite x > 0 (dtoa mode 0).

    Writes ASCII digits (no trailing zeros) and sets decimal_point so that
    x ~ 0.DIGITS * 10**decimal_point; returns the number of digits.
    """
    even = (cast(u64, x) & 1) == 0
    k = scale(x)
    r = SCRATCH.r
    s = SCRATCH.s
    mlo = SCRATCH.mlo
    mhi = SCRATCH.mhi
    tmp = SCRATCH.tmp
    n: i64 = 0
    last: i64 = 0               # the final digit; 10 when it carries into the digits before it
    while True:
        digit = next_digit()
        low_ok = big_compare(r, mlo)        # dtoa's j: the digits so far vs the lower bound
        big_add(tmp, r, mhi)
        high_ok = big_compare(tmp, s)       # dtoa's j1: the digits with digit + 1 vs the upper bound
        if high_ok == 0 and even:
            # digit + 1 lands exactly on the (closed) upper bound: dtoa takes it
            # when digit alone is outside, or when it carries (fewer digits).
            last = digit
            if low_ok > 0 or digit == 9:
                last = digit + 1
            break
        if low_ok < 0 or (low_ok == 0 and even):
            # digit is inside; digit + 1 may be too, and then the closer one wins (ties to even).
            last = digit
            if not big_is_zero(r) and high_ok > 0:
                big_add(tmp, r, r)
                c = big_compare(tmp, s)
                if c > 0 or (c == 0 and (digit & 1) == 1):
                    last = digit + 1
            break
        if high_ok > 0:
            last = digit + 1                # only digit + 1 is inside
            break
        digits[n] = u8(0x30 + digit)
        n += 1
        big_multiply_small(r, 10)
        big_multiply_small(mlo, 10)
        big_multiply_small(mhi, 10)
    if last == 10:
        n = carry_into(digits, n, addr(k))
    else:
        digits[n] = u8(0x30 + last)
        n += 1
    while n > 1 and digits[n - 1] == 0x30:
        n -= 1
    decimal_point[0] = k + 1
    return n


# -- formatting ------------------------------------------------------------------------

def put_text(out: Ptr[u8], text: Ptr[u8]) -> i64:
    k: i64 = 0
    while text[k] != 0:
        out[k] = text[k]
        k += 1
    return k


def put_zeros(out: Ptr[u8], count: i64) -> i64:
    for i in range(count):
        out[i] = 0x30
    return max(count, 0)


def put_exponent(out: Ptr[u8], exponent: i64) -> i64:
    """e+16, e-05, e+300: sign always, at least two digits."""
    out[0] = 0x65
    out[1] = 0x2B
    if exponent < 0:
        out[1] = 0x2D
        exponent = -exponent
    w: i64 = 2
    if exponent >= 100:
        out[w] = u8(0x30 + exponent // 100)
        w += 1
    out[w] = u8(0x30 + (exponent // 10) % 10)
    out[w + 1] = u8(0x30 + exponent % 10)
    return w + 2


def rounded_digits(x: f64, ndigits: i64, fixed: bool, digits: Ptr[u8], decimal_point: Ptr[i64]) -> i64:
    """The digits of finite x > 0 correctly rounded (half to even, on x's exact binary value), as
    dtoa's modes 2 (ndigits >= 1 significant digits) and 3 (fixed: ndigits after the decimal point)
    give them: no trailing zeros, x ~ 0.DIGITS * 10**decimal_point. Zero digits when x rounds to 0.

    A double's exact expansion has at most 767 significant digits: digits needs FIXED_DIGITS bytes."""
    k = scale(x)
    count = ndigits
    if fixed:
        count = ndigits + k + 1
    decimal_point[0] = -ndigits           # no digits (x rounds to 0): dtoa's point for them
    if count < 0:
        return 0
    if count == 0:
        # Only the rounding digit: x rounds up to one unit of 10**-ndigits when R/S > 5.
        big_copy(SCRATCH.tmp, SCRATCH.s)
        big_multiply_small(SCRATCH.tmp, 5)
        if big_compare(SCRATCH.r, SCRATCH.tmp) <= 0:
            return 0
        digits[0] = 0x31
        decimal_point[0] = k + 2
        return 1
    decimal_point[0] = k + 1
    n: i64 = 0
    while n < count:
        digits[n] = u8(0x30 + next_digit())
        n += 1
        if big_is_zero(SCRATCH.r):
            break
        if n < count:
            big_multiply_small(SCRATCH.r, 10)
    if n == count and not big_is_zero(SCRATCH.r):
        big_add(SCRATCH.tmp, SCRATCH.r, SCRATCH.r)
        c = big_compare(SCRATCH.tmp, SCRATCH.s)
        if c > 0 or (c == 0 and (digits[n - 1] & 1) == 1):
            point = k
            n = carry_into(digits, n, addr(point))
            decimal_point[0] = point + 1
    while n > 0 and digits[n - 1] == 0x30:
        n -= 1
    return n


# PyOS_double_to_string's flags
FLAG_SIGN = 1                  # a '+' before a positive number
FLAG_ADD_DOT_0 = 2             # '.0' after an integral value ('r' mode, format() without a type)
FLAG_ALT = 4                   # '#': keep the decimal point, and 'g's trailing zeros
FLAG_NO_NEG_0 = 8              # 'z': no '-' before a value that rounds to zero
FIXED_DIGITS = 800


class DigitScratch(Struct):
    digits: Array[u8, 800]     # FIXED_DIGITS


DIGIT_SCRATCH = static(DigitScratch)


def float_text_size(precision: i64) -> i64:
    """Room float_format_text needs for a precision: digits, zeros up to 10**308 or down to 10**-324,
    sign, point, exponent."""
    return precision + FIXED_DIGITS + 400


def put_sign(out: Ptr[u8], negative: bool, flags: i64) -> i64:
    """'-', or '+' with FLAG_SIGN, or nothing; returns the length."""
    if negative:
        out[0] = 0x2D
        return 1
    if (flags & FLAG_SIGN) != 0:
        out[0] = 0x2B
        return 1
    return 0


def float_format_text(x: f64, code: i64, precision: i64, flags: i64, out: Ptr[u8]) -> i64:
    """Write x as CPython's PyOS_double_to_string does (format_float_short) at out (float_text_size
    bytes); returns its length. code: e f g r (E F G in capitals); precision as there."""
    upper = code < 0x61
    if upper:
        code = code + 0x20
    negative = (cast(u64, x) & SIGN_BIT) != 0 and not isnan(x)
    if isnan(x) or isinf(x):
        w = put_sign(out, negative, flags)
        if isnan(x):
            w += put_text(out + w, "NAN" if upper else "nan")
        else:
            w += put_text(out + w, "INF" if upper else "inf")
        return w
    if code == 0x65:                     # e: precision + 1 significant digits
        precision += 1
    elif code == 0x67 and precision == 0:
        precision = 1
    digits = DIGIT_SCRATCH.digits
    decpt: i64 = 1
    n: i64 = 1
    if x == 0.0:
        digits[0] = 0x30
    elif code == 0x72:
        n = shortest_digits(fabs(x), digits, addr(decpt))
    else:
        n = rounded_digits(fabs(x), precision, code == 0x66, digits, addr(decpt))
    if (flags & FLAG_NO_NEG_0) != 0 and negative and (n == 0 or (n == 1 and digits[0] == 0x30)):
        negative = False
    add_dot_0 = (flags & FLAG_ADD_DOT_0) != 0
    alt = (flags & FLAG_ALT) != 0
    # The text is a slice [vstart, vend) of the digits padded with zeros on both sides, with the
    # decimal point after position decpt.
    use_exp = False
    vend = n
    if code == 0x65:
        use_exp = True
        vend = precision
    elif code == 0x66:
        vend = decpt + precision
    elif code == 0x67:
        if decpt <= -4 or decpt > (precision - 1 if add_dot_0 else precision):
            use_exp = True
        if alt:
            vend = precision
    elif decpt <= -4 or decpt > 16:      # r: exponent from 1e16 on
        use_exp = True
    exp: i64 = 0
    if use_exp:
        exp = decpt - 1
        decpt = 1
    vstart: i64 = decpt - 1 if decpt <= 0 else 0
    if not use_exp and add_dot_0:
        vend = max(vend, decpt + 1)
    else:
        vend = max(vend, decpt)
    w = put_sign(out, negative, flags)
    if decpt <= 0:
        w += put_zeros(out + w, decpt - vstart)
        out[w] = 0x2E
        w += 1
        w += put_zeros(out + w, -decpt)
    else:
        w += put_zeros(out + w, -vstart)
    if 0 < decpt and decpt <= n:
        for i in range(decpt):
            out[w + i] = digits[i]
        w += decpt
        out[w] = 0x2E
        w += 1
        for i in range(decpt, n):
            out[w] = digits[i]
            w += 1
    else:
        for i in range(n):
            out[w + i] = digits[i]
        w += n
    if n < decpt:
        w += put_zeros(out + w, decpt - n)
        out[w] = 0x2E
        w += 1
        w += put_zeros(out + w, vend - decpt)
    else:
        w += put_zeros(out + w, vend - n)
    if out[w - 1] == 0x2E and not alt:
        w -= 1
    if use_exp:
        w += put_exponent(out + w, exp)
    if upper:
        for i in range(w):
            if out[i] == 0x65:
                out[i] = 0x45
    return w


def float_repr_text(x: f64, out: Ptr[u8]) -> i64:
    """Write repr(x) as ASCII at out (at least TEXT_SIZE bytes); returns its length: CPython's 'r'
    mode, exponent notation when the decimal exponent is < -4 or >= 16."""
    return float_format_text(x, 0x72, 0, FLAG_ADD_DOT_0, out)


def float_repr(w: Word) -> Word:
    """repr(w) for a float w, as a str (CPython's exact text)."""
    text = SCRATCH.text
    n = float_repr_text(float_value(w), text)
    # text is static, so allocating the str cannot move it.
    return str_new_utf8(text, n, n)
