"""str: immutable Unicode text, stored as UTF-8 with its code point count.

The bytes are UTF-8, so code point order is byte order and ASCII bytes never
occur inside a multi-byte sequence. ASCII text has length == nbytes, which
makes indexing O(1); other text is scanned. Lone surrogates, which valid UTF-8
cannot hold but Python strs can (the test bridge makes them with
"surrogatepass"), are stored as their 3-byte sequences and handled like any
other code point: concatenating two of them keeps two code points, as in CPython.

The functions below take Words that the caller knows are str objects; they do
not check types (the interpreter's generic paths do that).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import unwrap
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.ops import immutable_setitem, immutable_delitem, sequence_index, comparison_holds, is_str
from pyvm.runtime.ops import str_number, raise_cannot_concatenate, raise_contains_str, STR_TYPE, CMP_EQ, CMP_NE
from pyvm.runtime.iterobj import str_iter
from pyvm.runtime.object import Object, small, has_type, bool_word, NOT_IMPLEMENTED
from pyvm.runtime.unicodedb import is_printable
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.slices import is_slice, subscript_slice
from pyvm.runtime.errors import raise_msg, raise_with_str, raise_memory_error, raise_word, exception_of, decimal_text
from pyvm.runtime.strbuilder import str_builder_new, str_builder_add_cstr, str_builder_add_bytes, str_builder_finish
from pyvm.runtime.errors import INDEX_ERROR, OVERFLOW_ERROR, VALUE_ERROR, UNICODE_DECODE_ERROR, UNICODE_ENCODE_ERROR

@extern
def memcpy(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


@extern
def memcmp(a: Ptr[u8], b: Ptr[u8], n: i64) -> i32: ...


@extern
def memmem(haystack: Ptr[u8], n: i64, needle: Ptr[u8], m: i64) -> Ptr[u8]: ...


class Str(Object, name="str", length="nbytes"):
    length: i64                # code points; equals nbytes for ASCII text
    hash: i64                  # cached hash, 0 when not computed yet
    nbytes: i64
    data: Array[u8]            # UTF-8, not NUL-terminated


# Largest byte count a str may have: keeps `new`'s size arithmetic far from overflow.
STR_MAX_BYTES = (1 << 62) - 1

# Shared one-character strings for ASCII (a tuple of 128, filled on demand) and
# the empty string: indexing and iterating ASCII text allocate nothing.
ascii_chars: Word = cast(Word, 0)
empty_str: Word = cast(Word, 0)


def str_new_utf8(buf: Ptr[u8], nbytes: i64, length: i64) -> Word:
    """A str holding a copy of nbytes of valid UTF-8 that encode length code points.

    buf must not point into the moving heap: allocating may move heap objects.
    """
    s = new(Str, nbytes)
    if not s:
        return cast(Word, 0)
    memcpy(s.data, buf, nbytes)
    s.length = length
    return cast(Word, s)


def str_from_cstr(text: Ptr[u8]) -> Word:
    """A str from NUL-terminated UTF-8 (runtime messages are ASCII literals)."""
    n: i64 = 0
    chars: i64 = 0
    while text[n] != 0:
        if (text[n] & 0xC0) != 0x80:
            chars += 1
        n += 1
    return str_new_utf8(text, n, chars)


@inline
def as_str(s: Word) -> Ptr[Str]:
    return cast(Ptr[Str], s)


@inline
def str_len(s: Word) -> i64:
    """len(s): the number of code points."""
    return as_str(s).length


@inline
def str_is_ascii(s: Word) -> bool:
    p = as_str(s)
    return p.length == p.nbytes


# -- UTF-8 -----------------------------------------------------------------------

@inline
def utf8_sequence_length(lead: u8) -> i64:
    """Bytes in the sequence that starts with lead (valid UTF-8 only)."""
    if lead < 0x80:
        return 1
    if lead < 0xE0:
        return 2
    if lead < 0xF0:
        return 3
    return 4


@inline
def utf8_encoded_length(cp: i64) -> i64:
    if cp < 0x80:
        return 1
    if cp < 0x800:
        return 2
    if cp < 0x10000:
        return 3
    return 4


def utf8_decode(p: Ptr[u8]) -> i64:
    """The code point of the valid sequence starting at p."""
    b0 = i64(p[0])
    if b0 < 0x80:
        return b0
    if b0 < 0xE0:
        return ((b0 & 0x1F) << 6) | (i64(p[1]) & 0x3F)
    if b0 < 0xF0:
        return ((b0 & 0x0F) << 12) | ((i64(p[1]) & 0x3F) << 6) | (i64(p[2]) & 0x3F)
    return (((b0 & 0x07) << 18) | ((i64(p[1]) & 0x3F) << 12) | ((i64(p[2]) & 0x3F) << 6)
            | (i64(p[3]) & 0x3F))


def utf8_encode(cp: i64, out: Ptr[u8]) -> i64:
    """Write cp (a valid code point) at out; returns the bytes written."""
    if cp < 0x80:
        out[0] = u8(cp)
        return 1
    if cp < 0x800:
        out[0] = u8(0xC0 | (cp >> 6))
        out[1] = u8(0x80 | (cp & 0x3F))
        return 2
    if cp < 0x10000:
        out[0] = u8(0xE0 | (cp >> 12))
        out[1] = u8(0x80 | ((cp >> 6) & 0x3F))
        out[2] = u8(0x80 | (cp & 0x3F))
        return 3
    out[0] = u8(0xF0 | (cp >> 18))
    out[1] = u8(0x80 | ((cp >> 12) & 0x3F))
    out[2] = u8(0x80 | ((cp >> 6) & 0x3F))
    out[3] = u8(0x80 | (cp & 0x3F))
    return 4


def str_byte_offset(s: Word, index: i64) -> i64:
    """Byte offset of code point `index` (0 <= index <= length) of s."""
    p = as_str(s)
    if p.length == p.nbytes:
        return index
    if index <= p.length // 2:
        pos: i64 = 0
        for k in range(index):
            pos += utf8_sequence_length(p.data[pos])
        return pos
    # Nearer the end: step back over (length - index) sequences.
    pos = p.nbytes
    for k in range(p.length - index):
        pos -= 1
        while (p.data[pos] & 0xC0) == 0x80:
            pos -= 1
    return pos


# -- construction ----------------------------------------------------------------

def str_empty() -> Word:
    """The shared empty string."""
    global empty_str
    if not empty_str:
        s = new(Str, 0)
        if not s:
            return cast(Word, 0)
        empty_str = cast(Word, s)
    return empty_str


def str_from_code_point(cp: i64) -> Word:
    """chr(cp) for 0 <= cp < 0x110000; ASCII characters are shared."""
    global ascii_chars
    if cp < 0 or cp >= 0x110000:
        return raise_msg(VALUE_ERROR, "chr() arg not in range(0x110000)")
    if cp < 0x80:
        if not ascii_chars:
            table = tuple_new(128)
            if not table:
                return cast(Word, 0)
            ascii_chars = table
        cached = cast(Ptr[Tuple], ascii_chars).items[cp]
        if cached:
            return cached
    n = utf8_encoded_length(cp)
    s = new(Str, n)
    if not s:
        return cast(Word, 0)
    utf8_encode(cp, s.data)
    s.length = 1
    if cp < 0x80:
        cast(Ptr[Tuple], ascii_chars).items[cp] = cast(Word, s)
    return cast(Word, s)


def str_substring(s: Word, start: i64, nbytes: i64, length: i64) -> Word:
    """A new str of the nbytes at byte offset start of s, which encode length code points."""
    r = new(Str, nbytes)
    if not r:
        return cast(Word, 0)
    memcpy(r.data, as_str(s).data + start, nbytes)     # s re-read after new: it may have moved
    r.length = length
    return cast(Word, r)


# -- operations ------------------------------------------------------------------

def str_concat(a: Word, b: Word) -> Word:
    """a + b (the concat slot: TypeError for a b that is not a str)."""
    if not has_type(b, type_of(Str)):
        return raise_cannot_concatenate("str", b)
    pa = as_str(a)
    pb = as_str(b)
    if pb.nbytes == 0:
        return a
    if pa.nbytes == 0:
        return b
    total = pa.nbytes + pb.nbytes       # both exist, so each is below 2**62: no overflow
    if total > STR_MAX_BYTES:
        return raise_memory_error()
    r = new(Str, total)
    if not r:
        return cast(Word, 0)
    memcpy(r.data, pa.data, pa.nbytes)
    memcpy(r.data + pa.nbytes, pb.data, pb.nbytes)
    r.length = pa.length + pb.length
    return cast(Word, r)


def str_repeat(s: Word, n: i64) -> Word:
    """s * n (n <= 0 gives the empty string)."""
    p = as_str(s)
    if n <= 0 or p.nbytes == 0:
        return str_empty()
    if n == 1:
        return s
    # CPython: OverflowError when the length in code points overflows, else MemoryError.
    length, length_overflowed = mul_ovf(p.length, n)
    if length_overflowed:
        return raise_msg(OVERFLOW_ERROR, "repeated string is too long")
    total, overflowed = mul_ovf(p.nbytes, n)
    if overflowed or total > STR_MAX_BYTES:
        return raise_memory_error()
    r = new(Str, total)
    if not r:
        return cast(Word, 0)
    memcpy(r.data, p.data, p.nbytes)
    # Double the copied prefix until the result is full.
    done = p.nbytes
    while done < total:
        chunk = min(done, total - done)
        memcpy(r.data + done, r.data, chunk)
        done += chunk
    r.length = length
    return cast(Word, r)


def str_eq(a: Word, b: Word) -> bool:
    """a == b."""
    if cast(i64, a) == cast(i64, b):
        return True
    pa = as_str(a)
    pb = as_str(b)
    if pa.nbytes != pb.nbytes or pa.length != pb.length:
        return False
    if pa.hash != 0 and pb.hash != 0 and pa.hash != pb.hash:
        return False
    return memcmp(pa.data, pb.data, pa.nbytes) == 0


def str_compare(a: Word, b: Word) -> i64:
    """-1, 0 or 1 as a <, ==, > b in code point order (UTF-8 byte order is code point order)."""
    pa = as_str(a)
    pb = as_str(b)
    common = min(pa.nbytes, pb.nbytes)
    c = memcmp(pa.data, pb.data, common)
    if c < 0:
        return -1
    if c > 0:
        return 1
    if pa.nbytes < pb.nbytes:
        return -1
    if pa.nbytes > pb.nbytes:
        return 1
    return 0


@inline
def rotl64(x: u64, r: u64) -> u64:
    return (x << r) | (x >> (64 - r))


# CPython 3.11's str and bytes hash: SipHash-1-3 (Python/pyhash.c) keyed by hash_k0 and hash_k1,
# which the command sets from PYTHONHASHSEED before anything is hashed (set_hash_key).
hash_k0: u64 = 0
hash_k1: u64 = 0


class SipState(Struct):
    v0: u64
    v1: u64
    v2: u64
    v3: u64


SIP = static(SipState)


def set_hash_key(k0: u64, k1: u64) -> None:
    global hash_k0, hash_k1
    hash_k0 = k0
    hash_k1 = k1


@inline
def sip_round(s: Ptr[SipState]) -> None:
    """SINGLE_ROUND of pyhash.c: two HALF_ROUNDs."""
    v0 = s.v0 + s.v1
    v2 = s.v2 + s.v3
    v1 = rotl64(s.v1, 13) ^ v0
    v3 = rotl64(s.v3, 16) ^ v2
    v0 = rotl64(v0, 32)
    v2 = v2 + v1
    v0 = v0 + v3
    v1 = rotl64(v1, 17) ^ v2
    v3 = rotl64(v3, 21) ^ v0
    s.v0 = v0
    s.v1 = v1
    s.v2 = rotl64(v2, 32)
    s.v3 = v3


@inline
def sip_start() -> Ptr[SipState]:
    s = SIP
    s.v0 = hash_k0 ^ 0x736F6D6570736575
    s.v1 = hash_k1 ^ 0x646F72616E646F6D
    s.v2 = hash_k0 ^ 0x6C7967656E657261
    s.v3 = hash_k1 ^ 0x7465646279746573
    return s


@inline
def sip_block(s: Ptr[SipState], m: u64) -> None:
    s.v3 = s.v3 ^ m
    sip_round(s)
    s.v0 = s.v0 ^ m


def sip_finish(s: Ptr[SipState], tail: u64, n: i64) -> i64:
    """The hash of n bytes whose last n % 8 are tail (little-endian), the blocks before it fed;
    -1, which CPython's C API keeps for errors, becomes -2 as in _Py_HashBytes."""
    b = (u64(n) << 56) | tail
    sip_block(s, b)
    s.v2 = s.v2 ^ 0xFF
    sip_round(s)
    sip_round(s)
    sip_round(s)
    r = cast(i64, (s.v0 ^ s.v1) ^ (s.v2 ^ s.v3))
    return -2 if r == -1 else r


def hash_of_bytes(data: Ptr[u8], n: i64) -> i64:
    """CPython's _Py_HashBytes: 0 for no bytes, else SipHash-1-3 of them (never -1). A bytes object
    hashes its bytes; an ASCII or Latin-1 str, its characters one byte each, so they hash alike."""
    if n == 0:
        return 0
    s = sip_start()
    blocks = cast(Ptr[u64], data)       # data is 8-byte aligned (offset 32 in a str, 24 in a bytes)
    nblocks = n >> 3
    i: i64 = 0
    while i < nblocks:
        sip_block(s, blocks[i])
        i += 1
    tail: u64 = 0
    j = n - 1
    while j >= nblocks * 8:
        tail = (tail << 8) | u64(data[j])
        j -= 1
    return sip_finish(s, tail, n)


def hash_of_wide_text(data: Ptr[u8], nbytes: i64, length: i64) -> i64:
    """The hash of non-ASCII text as CPython keeps it (PEP 393): SipHash-1-3 of its code points 1, 2
    or 4 bytes each (little-endian) by the widest of them, fed from the UTF-8 without a copy."""
    width: i64 = 1
    k: i64 = 0
    while k < nbytes and width < 4:
        if data[k] >= 0xF0:
            width = 4
        elif data[k] >= 0xC4:
            width = 2                   # the lead byte of a code point from 0x100 on
        k += 1
    s = sip_start()
    shift: u64 = 0
    acc: u64 = 0
    off: i64 = 0
    while off < nbytes:
        cp = utf8_decode(data + off)
        off += utf8_sequence_length(data[off])
        acc = acc | (u64(cp) << shift)
        shift += u64(width * 8)
        if shift == 64:
            sip_block(s, acc)
            acc = 0
            shift = 0
    return sip_finish(s, acc, length * width)


def str_hash(s: Word) -> i64:
    """hash(s) as CPython 3.11's (hash_of_bytes over the PEP 393 form), computed once and cached in
    s.hash; 0 there means "not computed yet" (a str that hashes to 0 is hashed again each time)."""
    p = as_str(s)
    if p.hash != 0:
        return p.hash
    if p.length == p.nbytes:
        p.hash = hash_of_bytes(p.data, p.nbytes)
    else:
        p.hash = hash_of_wide_text(p.data, p.nbytes, p.length)
    return p.hash


def str_getitem(s: Word, i: i64) -> Word:
    """s[i], negative indices counting from the end."""
    p = as_str(s)
    if i < 0:
        i += p.length
    if i < 0 or i >= p.length:
        return raise_msg(INDEX_ERROR, "string index out of range")
    off = str_byte_offset(s, i)
    return str_from_code_point(utf8_decode(as_str(s).data + off))


# -- repr ------------------------------------------------------------------------

REPR_HEX = "0123456789abcdef"


@inline
def repr_needs_escape(cp: i64, quote: i64) -> bool:
    if cp == quote or cp == 0x5C:
        return True
    if cp < 0x20 or cp == 0x7F:
        return True
    if cp < 0x7F:
        return False
    return not is_printable(cp)


def repr_escape_length(cp: i64, quote: i64) -> i64:
    """Bytes (all ASCII) of the escape of cp, for a cp that repr_needs_escape."""
    if cp == quote or cp == 0x5C or cp == 0x09 or cp == 0x0A or cp == 0x0D:
        return 2
    if cp <= 0xFF:
        return 4
    if cp <= 0xFFFF:
        return 6
    return 10


def repr_write_hex(out: Ptr[u8], value: i64, digits: i64) -> None:
    for k in range(digits):
        out[k] = REPR_HEX[(value >> (4 * (digits - 1 - k))) & 0xF]


def repr_write_escape(cp: i64, quote: i64, out: Ptr[u8]) -> i64:
    """Write the escape of cp at out; returns its length."""
    out[0] = 0x5C
    if cp == quote or cp == 0x5C:
        out[1] = u8(cp)
        return 2
    if cp == 0x09:
        out[1] = 0x74    # t
        return 2
    if cp == 0x0A:
        out[1] = 0x6E    # n
        return 2
    if cp == 0x0D:
        out[1] = 0x72    # r
        return 2
    return write_code_point_escape(cp, out)


def write_code_point_escape(cp: i64, out: Ptr[u8]) -> i64:
    """Write \\xhh, \\uhhhh or \\Uhhhhhhhh for cp at out, as repr() and the codecs' error messages
    do; returns its length (at most 10)."""
    out[0] = 0x5C
    if cp <= 0xFF:
        out[1] = 0x78    # x
        repr_write_hex(out + 2, cp, 2)
        return 4
    if cp <= 0xFFFF:
        out[1] = 0x75    # u
        repr_write_hex(out + 2, cp, 4)
        return 6
    out[1] = 0x55        # U
    repr_write_hex(out + 2, cp, 8)
    return 10


def str_repr(s: Word) -> Word:
    """repr(s) as CPython writes it."""
    p = as_str(s)
    # Quote choice: single quotes unless the text has ' and no ".
    has_single = False
    has_double = False
    for k in range(p.nbytes):
        if p.data[k] == 0x27:
            has_single = True
        elif p.data[k] == 0x22:
            has_double = True
    quote: i64 = 0x27
    if has_single and not has_double:
        quote = 0x22
    # Measure, allocate, then write.
    out_bytes: i64 = 2
    out_length: i64 = 2
    pos: i64 = 0
    while pos < p.nbytes:
        cp = utf8_decode(p.data + pos)
        n = utf8_sequence_length(p.data[pos])
        if repr_needs_escape(cp, quote):
            e = repr_escape_length(cp, quote)
            out_bytes += e
            out_length += e
        else:
            out_bytes += n
            out_length += 1
        pos += n
    r = new(Str, out_bytes)
    if not r:
        return cast(Word, 0)
    p = as_str(s)
    out = r.data
    out[0] = u8(quote)
    w: i64 = 1
    pos = 0
    while pos < p.nbytes:
        cp = utf8_decode(p.data + pos)
        n = utf8_sequence_length(p.data[pos])
        if repr_needs_escape(cp, quote):
            w += repr_write_escape(cp, quote, out + w)
        else:
            memcpy(out + w, p.data + pos, n)
            w += n
        pos += n
    out[w] = u8(quote)
    r.length = out_length
    return cast(Word, r)


# -- decoding --------------------------------------------------------------------

def utf8_count_valid(buf: Ptr[u8], n: i64, bad_start: Ptr[i64], bad_end: Ptr[i64], reason: Ptr[i64]) -> i64:
    """Validate buf[0:n] as UTF-8 (RFC 3629: no overlongs, no surrogates, <= U+10FFFF).

    Returns the number of code points when all of it is valid. Otherwise returns
    -1 and sets, as CPython reports the first error: bad_start, the offset of
    the bad sequence; bad_end, the offset just past its bytes; reason, 0 for
    "invalid start byte", 1 "invalid continuation byte", 2 "unexpected end of data".
    """
    pos: i64 = 0
    count: i64 = 0
    while pos < n:
        b0 = buf[pos]
        if b0 < 0x80:
            pos += 1
            count += 1
            continue
        need: i64 = 0
        low: u8 = 0x80         # allowed range of the first continuation byte
        high: u8 = 0xBF
        if b0 >= 0xC2 and b0 <= 0xDF:
            need = 1
        elif b0 >= 0xE0 and b0 <= 0xEF:
            need = 2
            if b0 == 0xE0:
                low = 0xA0     # no overlong forms
            elif b0 == 0xED:
                high = 0x9F    # no surrogates
        elif b0 >= 0xF0 and b0 <= 0xF4:
            need = 3
            if b0 == 0xF0:
                low = 0x90
            elif b0 == 0xF4:
                high = 0x8F    # nothing above U+10FFFF
        else:
            bad_start[0] = pos
            bad_end[0] = pos + 1
            reason[0] = 0
            return -1
        for k in range(need):
            if pos + 1 + k >= n:
                bad_start[0] = pos
                bad_end[0] = n
                reason[0] = 2
                return -1
            c = buf[pos + 1 + k]
            lo: u8 = 0x80
            hi: u8 = 0xBF
            if k == 0:
                lo = low
                hi = high
            if c < lo or c > hi:
                bad_start[0] = pos
                bad_end[0] = pos + 1 + k
                reason[0] = 1
                return -1
        pos += need + 1
        count += 1
    return count


def raise_decode_error(encoding: Ptr[u8], bad_byte: u8, start: i64, end: i64, why: Ptr[u8]) -> Word:
    """Raise UnicodeDecodeError with CPython's message: one bad byte shown in hex, or the range of
    positions of several."""
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "'")
    str_builder_add_cstr(b, encoding)
    if end - start > 1:
        str_builder_add_cstr(b, "' codec can't decode bytes in position ")
        str_builder_add_cstr(b, decimal_text(0, start))
        str_builder_add_cstr(b, "-")
        str_builder_add_cstr(b, decimal_text(1, end - 1))
    else:
        str_builder_add_cstr(b, "' codec can't decode byte 0x")
        hex = ESCAPE_TEXT.text
        repr_write_hex(hex, i64(bad_byte), 2)
        str_builder_add_bytes(b, hex, 2, 2)
        str_builder_add_cstr(b, " in position ")
        str_builder_add_cstr(b, decimal_text(0, start))
    str_builder_add_cstr(b, ": ")
    str_builder_add_cstr(b, why)
    m = str_builder_finish(b)
    if not m:
        return m
    return raise_with_str(UNICODE_DECODE_ERROR, m)


def utf8_reason(reason: i64) -> Ptr[u8]:
    """The words of utf8_count_valid's reason."""
    if reason == 1:
        return "invalid continuation byte"
    if reason == 2:
        return "unexpected end of data"
    return "invalid start byte"


class EscapeText(Struct):
    text: Array[u8, 12]        # the longest escape, \\Uhhhhhhhh, and a NUL (or what an error handler writes)


ESCAPE_TEXT = static(EscapeText)


def is_surrogate_at(data: Ptr[u8], k: i64, n: i64) -> bool:
    """A lone surrogate (U+D800..U+DFFF, which str keeps as CPython does) is encoded at data[k]."""
    return data[k] == 0xED and k + 1 < n and data[k + 1] >= 0xA0


def surrogate_code_point(utf8: Ptr[u8]) -> i64:
    """The surrogate encoded at utf8 (0xED, then two continuation bytes)."""
    return ((i64(utf8[1]) & 0x3F) << 6) | (i64(utf8[2]) & 0x3F) | 0xD000


def is_escapable_surrogate_at(data: Ptr[u8], k: i64, n: i64) -> bool:
    """A surrogate the surrogateescape error handler turns back into a byte (U+DC80..U+DCFF)."""
    if not is_surrogate_at(data, k, n):
        return False
    cp = surrogate_code_point(data + k)
    return cp >= 0xDC80 and cp <= 0xDCFF


def raise_encode_error(encoding: Ptr[u8], s: Word, start: i64, end: i64, why: Ptr[u8]) -> None:
    """UnicodeEncodeError(encoding, s, start, end, why), as CPython's codecs make it (str() of it is
    computed from those five arguments)."""
    t = cast(Ptr[Tuple], tuple_new(5))
    if not t:
        return
    name = str_from_cstr(encoding)
    if not name:
        return
    t.items[0] = name
    reason = str_from_cstr(why)
    if not reason:
        return
    t.items[4] = reason
    t.items[1] = s
    t.items[2] = small(start)
    t.items[3] = small(end)
    e = exception_of(UNICODE_ENCODE_ERROR, cast(Word, t))
    if not e:
        raise_memory_error()
        return
    raise_word(e)


def check_encodable(s: Word, escape: bool) -> bool:
    """True when the str s can be written out as UTF-8 (escape: with the surrogateescape error
    handler); False after raising CPython's UnicodeEncodeError for its first run of lone surrogates
    that cannot be (with escape, starting after the escapable ones that begin the run)."""
    p = cast(Ptr[Str], s)
    n = p.nbytes
    if p.length == n:
        return True            # ASCII
    position: i64 = 0          # code points before byte k
    k: i64 = 0
    while k < n:
        if is_surrogate_at(p.data, k, n):
            while escape and k < n and is_escapable_surrogate_at(p.data, k, n):
                k += 3
                position += 1
            if k >= n or not is_surrogate_at(p.data, k, n):
                continue
            start = position
            while k < n and is_surrogate_at(p.data, k, n):
                k += 3
                position += 1
            raise_encode_error("utf-8", s, start, position, "surrogates not allowed")
            return False
        if (p.data[k] & 0xC0) != 0x80:
            position += 1
        k += 1
    return True


def str_from_utf8_checked(buf: Ptr[u8], n: i64) -> Word:
    """A str from n bytes of UTF-8, or UnicodeDecodeError when they are not valid.

    buf must not point into the moving heap (allocating may move heap objects).
    """
    bad_start: i64 = 0
    bad_end: i64 = 0
    reason: i64 = 0
    count = utf8_count_valid(buf, n, addr(bad_start), addr(bad_end), addr(reason))
    if count < 0:
        return raise_decode_error("utf-8", buf[bad_start], bad_start, bad_end, utf8_reason(reason))
    return str_new_utf8(buf, n, count)


def init() -> None:
    t = type_of(Str)
    t.repr = str_repr
    t.str = str_itself
    t.hash = str_hash_slot
    t.richcompare = str_richcompare
    t.number = str_number
    t.concat = str_concat
    t.repeat = str_repeat
    t.truth = str_truth
    t.length = str_length
    t.iter = str_iter
    t.getitem = str_subscript
    t.setitem = immutable_setitem
    t.delitem = immutable_delitem
    t.contains = str_contains
    t.setattr = object_setattr


def str_itself(s: Word) -> Word:
    return s


def str_hash_slot(s: Word, out: Ptr[i64]) -> bool:
    out[0] = str_hash(s)
    return True


def str_truth(s: Word) -> i64:
    return 0 if cast(Ptr[Str], s).nbytes == 0 else 1


def str_length(s: Word) -> Word:
    return small(cast(Ptr[Str], s).length)


# -- slots ------------------------------------------------------------------------------------

def str_subscript(obj: Word, index: Word) -> Word:
    if is_slice(index):
        return subscript_slice(obj, index)
    i: i64 = 0
    if not sequence_index(STR_TYPE, index, addr(i)):
        return cast(Word, 0)
    return str_getitem(obj, i)


def str_contains(container: Word, x: Word) -> i64:
    if not is_str(x):
        if not is_str(unwrap(x)):
            return raise_contains_str(x)
        x = unwrap(x)            # a str subclass's value
    h = cast(Ptr[Str], container)
    n = cast(Ptr[Str], x)
    if n.nbytes == 0:
        return 1
    if n.nbytes > h.nbytes:
        return 0
    return 1 if memmem(h.data, h.nbytes, n.data, n.nbytes) else 0


def str_richcompare(a: Word, b: Word, op: i64) -> Word:
    if not is_str(b):
        return cast(Word, NOT_IMPLEMENTED)
    if op == CMP_EQ or op == CMP_NE:
        return bool_word(str_eq(a, b) == (op == CMP_EQ))
    return bool_word(comparison_holds(str_compare(a, b), op))
