"""Magnitude arithmetic for int: unsigned numbers as little-endian base-2**32 digits.

A magnitude is a `Ptr[u32]` plus a digit count. "Normalized" means the top
digit is not zero (zero has no digits). Multiplication is schoolbook below
KARATSUBA_CUTOFF digits and Karatsuba's above; division is Knuth's algorithm D.

Nothing in this module allocates, so callers may pass interior pointers into
heap objects (docs/lowpy.md), taken after their last allocation; scratch
memory comes from the caller. Each function says whether its result may
share memory with an operand.
"""
from pyvm.lowpy.lang import *

DIGIT_BASE = 4294967296        # 2**32, as a u64 bound
DIGIT_MASK = 0xFFFFFFFF

# Operands of at least this many digits (each) are multiplied by Karatsuba's method.
KARATSUBA_CUTOFF = 32


def mag_normalize(a: Ptr[u32], n: i64) -> i64:
    """The digit count of a[0:n] without its leading zero digits."""
    m = n
    while m > 0 and a[m - 1] == 0:
        m -= 1
    return m


def mag_compare(a: Ptr[u32], na: i64, b: Ptr[u32], nb: i64) -> i64:
    """-1, 0 or 1 as normalized a is below, equal to or above normalized b."""
    if na != nb:
        return 1 if na > nb else -1
    for i in range(na - 1, -1, -1):
        if a[i] != b[i]:
            return 1 if a[i] > b[i] else -1
    return 0


def mag_bit_length(a: Ptr[u32], n: i64) -> i64:
    """Bits needed for normalized a (0 for zero)."""
    if n == 0:
        return 0
    return n * 32 - i64(clz(a[n - 1]))


def mag_is_zero_below(a: Ptr[u32], n: i64, bit: i64) -> bool:
    """True when the bits of a[0:n] below position `bit` are all zero."""
    whole = min(bit // 32, n)
    for i in range(whole):
        if a[i] != 0:
            return False
    part = bit % 32
    if whole < n and part != 0:
        mask: u32 = (u32(1) << u32(part)) - 1
        if (a[whole] & mask) != 0:
            return False
    return True


@inline
def digit_or_zero(a: Ptr[u32], n: i64, i: i64) -> u64:
    return u64(a[i]) if i < n else 0


def mag_bits_at(a: Ptr[u32], n: i64, bit: i64) -> u64:
    """The 64 bits of a[0:n] from bit position `bit` (bit >= 0) up; zeros past the top."""
    d = bit // 32
    o = u64(bit % 32)
    x = (digit_or_zero(a, n, d) >> o) | (digit_or_zero(a, n, d + 1) << (32 - o))
    if o != 0:
        x = x | (digit_or_zero(a, n, d + 2) << (64 - o))
    return x


def mag_copy(r: Ptr[u32], a: Ptr[u32], n: i64) -> None:
    for i in range(n):
        r[i] = a[i]


def mag_add(r: Ptr[u32], a: Ptr[u32], na: i64, b: Ptr[u32], nb: i64) -> i64:
    """r = a + b for na >= nb; r has room for na + 1 digits and may be a or b.

    Returns the normalized digit count of r."""
    carry: u64 = 0
    for i in range(nb):
        t = u64(a[i]) + u64(b[i]) + carry
        r[i] = u32(t)
        carry = t >> 32
    for i in range(nb, na):
        t2 = u64(a[i]) + carry
        r[i] = u32(t2)
        carry = t2 >> 32
    r[na] = u32(carry)
    return mag_normalize(r, na + 1)


def mag_sub(r: Ptr[u32], a: Ptr[u32], na: i64, b: Ptr[u32], nb: i64) -> i64:
    """r = a - b for a >= b (so na >= nb); r has room for na digits and may be a or b.

    Returns the normalized digit count of r."""
    borrow: u64 = 0
    for i in range(nb):
        # A negative difference wraps: its top half is then all ones.
        t = u64(a[i]) - u64(b[i]) - borrow
        r[i] = u32(t)
        borrow = (t >> 32) & 1
    for i in range(nb, na):
        t2 = u64(a[i]) - borrow
        r[i] = u32(t2)
        borrow = (t2 >> 32) & 1
    return mag_normalize(r, na)


def mag_add_digit(r: Ptr[u32], a: Ptr[u32], n: i64, d: u32) -> i64:
    """r = a + d; r has room for n + 1 digits and may be a. Returns the normalized count."""
    carry = u64(d)
    for i in range(n):
        t = u64(a[i]) + carry
        r[i] = u32(t)
        carry = t >> 32
    r[n] = u32(carry)
    return mag_normalize(r, n + 1)


def mag_sub_digit(r: Ptr[u32], a: Ptr[u32], n: i64, d: u32) -> i64:
    """r = a - d for a >= d; r has room for n digits and may be a. Returns the normalized count."""
    borrow = u64(d)
    for i in range(n):
        t = u64(a[i]) - borrow
        r[i] = u32(t)
        borrow = (t >> 32) & 1
    return mag_normalize(r, n)


def mag_mul_digit_add(r: Ptr[u32], a: Ptr[u32], n: i64, m: u32, add: u32) -> i64:
    """r = a * m + add; r has room for n + 1 digits and may be a. Returns the normalized count."""
    carry = u64(add)
    factor = u64(m)
    for i in range(n):
        # (2**32-1)**2 + 2**32-1 < 2**64: no overflow.
        t = u64(a[i]) * factor + carry
        r[i] = u32(t)
        carry = t >> 32
    r[n] = u32(carry)
    return mag_normalize(r, n + 1)


def mag_mul(r: Ptr[u32], a: Ptr[u32], na: i64, b: Ptr[u32], nb: i64) -> i64:
    """r = a * b (schoolbook); r has room for na + nb digits and shares memory with neither.

    Returns the normalized digit count of r."""
    for i in range(na + nb):
        r[i] = 0
    carry: u64 = 0
    for i in range(na):
        ai = u64(a[i])
        if ai == 0:
            continue
        carry = 0
        row = r + i
        for j in range(nb):
            # (2**32-1)**2 + 2 * (2**32-1) = 2**64 - 1: no overflow.
            t = ai * u64(b[j]) + u64(row[j]) + carry
            row[j] = u32(t)
            carry = t >> 32
        row[nb] = u32(carry)
    return mag_normalize(r, na + nb)


def add_into(r: Ptr[u32], rn: i64, a: Ptr[u32], an: i64) -> None:
    """r[0:rn] += a[0:an] for an <= rn; the caller knows the sum fits in rn digits."""
    carry: u64 = 0
    for i in range(an):
        t = u64(r[i]) + u64(a[i]) + carry
        r[i] = u32(t)
        carry = t >> 32
    i = an
    while carry != 0 and i < rn:
        t2 = u64(r[i]) + carry
        r[i] = u32(t2)
        carry = t2 >> 32
        i += 1


def sub_into(r: Ptr[u32], rn: i64, a: Ptr[u32], an: i64) -> None:
    """r[0:rn] -= a[0:an] for an <= rn; the caller knows the difference is not negative."""
    borrow: u64 = 0
    for i in range(an):
        t = u64(r[i]) - u64(a[i]) - borrow
        r[i] = u32(t)
        borrow = (t >> 32) & 1
    i = an
    while borrow != 0 and i < rn:
        t2 = u64(r[i]) - borrow
        r[i] = u32(t2)
        borrow = (t2 >> 32) & 1
        i += 1


def karatsuba_scratch(n: i64) -> i64:
    """Digits of scratch that mag_mul_balanced needs for n-digit operands."""
    total: i64 = 0
    m = n
    while m >= KARATSUBA_CUTOFF:
        k = m - m // 2 + 1               # digits of the half sums
        total += 4 * k
        m = k
    return total


def mag_mul_balanced(r: Ptr[u32], a: Ptr[u32], b: Ptr[u32], n: i64, scratch: Ptr[u32]) -> None:
    """r[0:2n] = a[0:n] * b[0:n], operands not necessarily normalized.

    Karatsuba: with a = a1 B**h + a0 and b = b1 B**h + b0, three half-size
    products z0 = a0 b0, z2 = a1 b1 and (a0 + a1)(b0 + b1) - z0 - z2 give all
    of a * b. r shares memory with nothing; scratch has karatsuba_scratch(n) digits."""
    if n < KARATSUBA_CUTOFF:
        mag_mul(r, a, n, b, n)
        return
    h = n // 2
    m = n - h
    mag_mul_balanced(r, a, b, h, scratch)                       # z0 in r[0:2h]
    mag_mul_balanced(r + 2 * h, a + h, b + h, m, scratch)       # z2 in r[2h:2n]
    k = m + 1
    sa = scratch
    sb = scratch + k
    z1 = scratch + 2 * k
    mag_copy(sa, a + h, m)
    sa[m] = 0
    add_into(sa, k, a, h)
    mag_copy(sb, b + h, m)
    sb[m] = 0
    add_into(sb, k, b, h)
    mag_mul_balanced(z1, sa, sb, k, scratch + 4 * k)
    sub_into(z1, 2 * k, r, 2 * h)
    sub_into(z1, 2 * k, r + 2 * h, 2 * m)
    # a0 b1 + a1 b0 < 2 B**n: at most n + 1 digits, which fit above r[h].
    add_into(r + h, 2 * n - h, z1, mag_normalize(z1, 2 * k))


def mag_mul_scratch(na: i64, nb: i64) -> i64:
    """Digits of scratch mag_mul_fast needs; 0 when it multiplies in place by the schoolbook."""
    short = min(na, nb)
    if short < KARATSUBA_CUTOFF:
        return 0
    return 3 * short + karatsuba_scratch(short)


def mag_mul_fast(r: Ptr[u32], a: Ptr[u32], na: i64, b: Ptr[u32], nb: i64, scratch: Ptr[u32]) -> i64:
    """r = a * b like mag_mul, with mag_mul_scratch(na, nb) digits of scratch.

    The longer operand is cut into pieces as long as the shorter one, each
    multiplied by Karatsuba's method. Returns the normalized digit count."""
    if na < nb:
        return mag_mul_fast(r, b, nb, a, na, scratch)
    if nb < KARATSUBA_CUTOFF:
        return mag_mul(r, a, na, b, nb)
    product = scratch                       # 2 nb digits
    piece = scratch + 2 * nb                # nb digits: a short last piece, zero-extended
    rest = scratch + 3 * nb
    for i in range(na + nb):
        r[i] = 0
    start: i64 = 0
    while start < na:
        length = min(nb, na - start)
        source = a + start
        if length < nb:
            mag_copy(piece, source, length)
            for i in range(length, nb):
                piece[i] = 0
            source = piece
        mag_mul_balanced(product, source, b, nb, rest)
        # The piece's product has at most length + nb digits: it fits below r[na + nb].
        add_into(r + start, na + nb - start, product, mag_normalize(product, 2 * nb))
        start += nb
    return mag_normalize(r, na + nb)


def mag_divmod_digit(q: Ptr[u32], a: Ptr[u32], n: i64, d: u32) -> u32:
    """q = a // d (n digits, not normalized), returns a % d; d != 0, q may be a."""
    rem: u64 = 0
    divisor = u64(d)
    for i in range(n - 1, -1, -1):
        t = (rem << 32) | u64(a[i])
        qd = t // divisor
        q[i] = u32(qd)
        rem = t - qd * divisor
    return u32(rem)


def mag_shift_left(r: Ptr[u32], a: Ptr[u32], n: i64, bits: i64) -> u32:
    """r[0:n] = low n digits of a << bits, for 0 <= bits < 32; returns the digit shifted out.

    r may be a (not a shifted view of it)."""
    carry: u64 = 0
    s = u64(bits)
    for i in range(n):
        t = (u64(a[i]) << s) | carry
        r[i] = u32(t)
        carry = t >> 32
    return u32(carry)


def mag_shift_right(r: Ptr[u32], a: Ptr[u32], n: i64, bits: i64) -> None:
    """r[0:n] = a >> bits for 0 <= bits < 32; r may be a (or a lower part of a's buffer)."""
    if n == 0:
        return
    s = u64(bits)
    for i in range(n - 1):
        pair = (u64(a[i + 1]) << 32) | u64(a[i])
        r[i] = u32(pair >> s)
    r[n - 1] = u32(u64(a[n - 1]) >> s)


def mag_divrem(q: Ptr[u32], un: Ptr[u32], vn: Ptr[u32],
               a: Ptr[u32], na: i64, b: Ptr[u32], nb: i64) -> None:
    """Knuth's algorithm D (TAOCP 4.3.1) for normalized a and b with na >= nb >= 2.

    q receives na - nb + 1 quotient digits (not normalized). un (room for na + 1
    digits) and vn (room for nb) are scratch, distinct from everything else;
    the remainder is left in un[0:nb] (not normalized)."""
    # D1: shift so that the divisor's top digit has its high bit set, which
    # makes the estimated quotient digit at most 2 too large.
    s = i64(clz(b[nb - 1]))
    mag_shift_left(vn, b, nb, s)
    un[na] = mag_shift_left(un, a, na, s)
    vtop = u64(vn[nb - 1])
    vnext = u64(vn[nb - 2])
    borrow: i64 = 0
    carry: u64 = 0
    for j in range(na - nb, -1, -1):
        # D3: estimate the quotient digit from the top two digits.
        num = (u64(un[j + nb]) << 32) | u64(un[j + nb - 1])
        qhat = num // vtop
        rhat = num - qhat * vtop
        while True:
            if qhat < DIGIT_BASE:
                # rhat < 2**32 here, so neither side overflows.
                if qhat * vnext <= ((rhat << 32) | u64(un[j + nb - 2])):
                    break
            qhat -= 1
            rhat += vtop
            if rhat >= DIGIT_BASE:
                break
        # D4: multiply and subtract.
        borrow = 0
        for i in range(nb):
            p = qhat * u64(vn[i])
            t = i64(un[i + j]) - borrow - i64(p & DIGIT_MASK)
            un[i + j] = u32(t)
            borrow = i64(p >> 32) - (t >> 32)
        top = i64(un[j + nb]) - borrow
        un[j + nb] = u32(top)
        if top < 0:
            # D6: the estimate was one too large (rare): add the divisor back.
            qhat -= 1
            carry = 0
            for i in range(nb):
                t2 = u64(un[i + j]) + u64(vn[i]) + carry
                un[i + j] = u32(t2)
                carry = t2 >> 32
            un[j + nb] = u32(u64(un[j + nb]) + carry)
        q[j] = u32(qhat)
    # D8: undo the normalization of the remainder (un[nb] is zero by now).
    mag_shift_right(un, un, nb, s)
