"""Decimal text for int: reading what int(text) accepts, writing digits, quoting bad input.

Nothing here allocates on the GC heap, so the text may be an interior pointer
into a str (docs/lowpy.md) for as long as the caller does not allocate.
The int objects themselves are made in intobj.py.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.bigint import mag_mul_digit_add, mag_normalize
from pyvm.runtime.unicodedb import is_printable

CHUNK = 1000000000             # 10**9: the base of the decimal chunks
CHUNK_DIGITS = 9

UNDERSCORE = 95                # '_'
PLUS = 43
MINUS = 45
ZERO = 48
BACKSLASH = 92
SINGLE_QUOTE = 39
DOUBLE_QUOTE = 34

# CPython's "%.200R": the quoted text in an error message is cut after 200 characters.
REPR_LIMIT = 200


@inline
def is_digit(c: u8) -> bool:
    return c >= 48 and c <= 57


def space_length(text: Ptr[u8], i: i64, n: i64) -> i64:
    """Bytes of the whitespace character at text[i] that int() skips, 0 if it is none.

    ASCII: the C isspace() set (not \\x1c-\\x1f: CPython rejects those). Beyond
    ASCII: the characters for which str.isspace() is true."""
    c = text[i]
    if c == 32 or (c >= 9 and c <= 13):
        return 1
    if c < 0x80:
        return 0
    if c == 0xC2 and i + 1 < n:
        d = text[i + 1]
        if d == 0x85 or d == 0xA0:
            return 2
        return 0
    if (c & 0xF0) == 0xE0 and i + 2 < n:
        cp = (i64(c & 0x0F) << 12) | (i64(text[i + 1] & 0x3F) << 6) | i64(text[i + 2] & 0x3F)
        if cp == 0x1680 or cp == 0x2028 or cp == 0x2029 or cp == 0x202F or cp == 0x205F or cp == 0x3000:
            return 3
        if cp >= 0x2000 and cp <= 0x200A:
            return 3
    return 0


def skip_spaces(text: Ptr[u8], start: i64, n: i64) -> i64:
    i = start
    while i < n:
        k = space_length(text, i, n)
        if k == 0:
            break
        i += k
    return i


def scan_int_literal(text: Ptr[u8], n: i64, sign: Ptr[i64], first: Ptr[i64], end: Ptr[i64]) -> i64:
    """Check text[0:n] against int()'s base-10 syntax: spaces, a sign, digits with
    single underscores between them, spaces.

    Returns the number of digits, with the sign (1 or -1) and the span of the
    digits and underscores stored; 0 when the text is not an int literal."""
    i = skip_spaces(text, 0, n)
    s: i64 = 1
    if i < n:
        if text[i] == PLUS:
            i += 1
        elif text[i] == MINUS:
            s = -1
            i += 1
    start = i
    count: i64 = 0
    while i < n:
        c = text[i]
        if is_digit(c):
            count += 1
            i += 1
        elif c == UNDERSCORE and i > start and i + 1 < n and is_digit(text[i + 1]):
            # After a digit (an underscore is always followed by one) and before a digit.
            i += 1
        else:
            break
    stop = i
    i = skip_spaces(text, i, n)
    if count == 0 or i != n:
        return 0
    sign[0] = s
    first[0] = start
    end[0] = stop
    return count


def small_decimal_value(text: Ptr[u8], first: i64, end: i64) -> i64:
    """The value of at most 18 digits (underscores skipped): below 10**18, so it fits."""
    v: i64 = 0
    for i in range(first, end):
        c = text[i]
        if c != UNDERSCORE:
            v = v * 10 + i64(c - ZERO)
    return v


def decimal_to_mag(r: Ptr[u32], text: Ptr[u8], first: i64, end: i64, ndigits: i64) -> i64:
    """Read ndigits decimal digits (underscores skipped) into magnitude r.

    r has room for ndigits // 9 + 2 digits. Nine decimal digits at a time
    (r = r * 10**9 + chunk), so the cost is quadratic with a small constant.
    Returns the normalized digit count."""
    n: i64 = 0
    chunk: u32 = 0
    left = ndigits % CHUNK_DIGITS           # digits of the first (short) chunk
    if left == 0:
        left = CHUNK_DIGITS
    for i in range(first, end):
        c = text[i]
        if c == UNDERSCORE:
            continue
        chunk = chunk * 10 + u32(c - ZERO)
        left -= 1
        if left == 0:
            n = mag_mul_digit_add(r, r, n, CHUNK, chunk)
            chunk = 0
            left = CHUNK_DIGITS
    return n


def mag_to_chunks(chunks: Ptr[u32], work: Ptr[u32], n: i64) -> i64:
    """Base-10**9 digits of magnitude work[0:n], least significant first; work is consumed.

    chunks needs room for n + n // 8 + 6 entries. Returns their number (at least 1)."""
    count: i64 = 0
    size = n
    while size > 0:
        # One sweep divides by 10**9 four times over: each division's quotient
        # digit feeds the next division at once. The four remainder chains are
        # independent, so the processor overlaps them; the constant divisor
        # becomes a multiplication.
        r1: u64 = 0
        r2: u64 = 0
        r3: u64 = 0
        r4: u64 = 0
        for i in range(size - 1, -1, -1):
            t1 = (r1 << 32) | u64(work[i])
            q1 = t1 // CHUNK
            r1 = t1 - q1 * CHUNK
            t2 = (r2 << 32) | q1
            q2 = t2 // CHUNK
            r2 = t2 - q2 * CHUNK
            t3 = (r3 << 32) | q2
            q3 = t3 // CHUNK
            r3 = t3 - q3 * CHUNK
            t4 = (r4 << 32) | q3
            q4 = t4 // CHUNK
            r4 = t4 - q4 * CHUNK
            work[i] = u32(q4)
        chunks[count] = u32(r1)
        chunks[count + 1] = u32(r2)
        chunks[count + 2] = u32(r3)
        chunks[count + 3] = u32(r4)
        count += 4
        size = mag_normalize(work, size)
    # The last sweep may have run past the top of the number.
    while count > 1 and chunks[count - 1] == 0:
        count -= 1
    if count == 0:
        chunks[0] = 0
        count = 1
    return count


def u64_decimal_length(m: u64) -> i64:
    count: i64 = 1
    x = m
    while x >= 10:
        x = x // 10
        count += 1
    return count


def write_u64_decimal(out: Ptr[u8], m: u64, width: i64) -> None:
    """The width last decimal digits of m (zero-padded) into out[0:width]."""
    x = m
    for i in range(width - 1, -1, -1):
        out[i] = u8(x % 10) + ZERO
        x = x // 10


def chunks_decimal_length(chunks: Ptr[u32], count: i64) -> i64:
    return u64_decimal_length(u64(chunks[count - 1])) + CHUNK_DIGITS * (count - 1)


def write_chunks(out: Ptr[u8], chunks: Ptr[u32], count: i64) -> i64:
    """Write the decimal digits of chunks[0:count] (most significant unpadded); returns bytes written."""
    top = u64_decimal_length(u64(chunks[count - 1]))
    write_u64_decimal(out, u64(chunks[count - 1]), top)
    pos = top
    for i in range(count - 2, -1, -1):
        write_u64_decimal(out + pos, u64(chunks[i]), CHUNK_DIGITS)
        pos += CHUNK_DIGITS
    return pos


# -- quoting the text of a failed int() ----------------------------------------------

@inline
def hex_digit(v: u32) -> u8:
    return u8(v) + 48 if v < 10 else u8(v) + 87


def put(out: Ptr[u8], pos: Ptr[i64], count: Ptr[i64], c: u8) -> None:
    """Append one ASCII character unless REPR_LIMIT characters are written."""
    if count[0] < REPR_LIMIT:
        out[pos[0]] = c
        pos[0] = pos[0] + 1
        count[0] = count[0] + 1


def put_escape(out: Ptr[u8], pos: Ptr[i64], count: Ptr[i64], cp: u32) -> None:
    """\\xNN, \\uNNNN or \\UNNNNNNNN for code point cp, as repr() writes it."""
    put(out, pos, count, BACKSLASH)
    width: u32 = 2
    if cp < 0x100:
        put(out, pos, count, 120)          # x
    elif cp < 0x10000:
        put(out, pos, count, 117)          # u
        width = 4
    else:
        put(out, pos, count, 85)           # U
        width = 8
    for i in range(i64(width) - 1, -1, -1):
        put(out, pos, count, hex_digit((cp >> u32(4 * i)) & 15))


def utf8_length(c: u8) -> i64:
    """Bytes of the UTF-8 sequence that starts with c (1 for a stray byte)."""
    if c < 0xC0:
        return 1
    if c < 0xE0:
        return 2
    if c < 0xF0:
        return 3
    return 4


def write_text_repr(out: Ptr[u8], start: i64, text: Ptr[u8], n: i64, chars: Ptr[i64]) -> i64:
    """repr(text) cut after REPR_LIMIT characters, written at out[start:].

    out needs room for start + 4 * REPR_LIMIT bytes. Adds the characters
    written to *chars; returns the end position."""
    has_single = False
    has_double = False
    for i in range(n):
        if text[i] == SINGLE_QUOTE:
            has_single = True
        elif text[i] == DOUBLE_QUOTE:
            has_double = True
    quote: u8 = SINGLE_QUOTE
    if has_single and not has_double:
        quote = DOUBLE_QUOTE
    pos = start
    count: i64 = 0
    put(out, addr(pos), addr(count), quote)
    i = 0
    while i < n and count < REPR_LIMIT:
        c = text[i]
        if c < 0x80:
            i += 1
            if c == quote or c == BACKSLASH:
                put(out, addr(pos), addr(count), BACKSLASH)
                put(out, addr(pos), addr(count), c)
            elif c == 9:
                put(out, addr(pos), addr(count), BACKSLASH)
                put(out, addr(pos), addr(count), 116)      # t
            elif c == 10:
                put(out, addr(pos), addr(count), BACKSLASH)
                put(out, addr(pos), addr(count), 110)      # n
            elif c == 13:
                put(out, addr(pos), addr(count), BACKSLASH)
                put(out, addr(pos), addr(count), 114)      # r
            elif c < 32 or c == 127:
                put_escape(out, addr(pos), addr(count), u32(c))
            else:
                put(out, addr(pos), addr(count), c)
            continue
        k = utf8_length(c)
        if k == 1 or i + k > n:
            # Not UTF-8 (a raw buffer can hold anything): show the byte.
            put_escape(out, addr(pos), addr(count), u32(c))
            i += 1
            continue
        cp = u32(c) & (u32(0x7F) >> u32(k))
        for j in range(1, k):
            cp = (cp << 6) | u32(text[i + j] & 0x3F)
        if is_printable(i64(cp)):
            for j in range(k):
                out[pos + j] = text[i + j]
            pos += k
            count += 1
        else:
            put_escape(out, addr(pos), addr(count), cp)
        i += k
    put(out, addr(pos), addr(count), quote)
    chars[0] = chars[0] + count
    return pos
