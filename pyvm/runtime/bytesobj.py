"""bytes and bytearray: their objects, slots, constructors and the codecs between them and str.

A bytes is its bytes after the header (`Bytes`, as a str's UTF-8). A bytearray (`ByteArray`) is a
size and a buffer, a Bytes whose own size is the capacity: it grows by half again when full, so
appending costs amortized O(1); its empty buffer is the shared empty bytes (capacity 0, never written).
The operations that only read take either kind (`is_bytes_like`, `byte_data`, `byte_size`), and make
results of the kind of their object where CPython does (`new_like`). `byte_data` is an interior
pointer: take it again after anything that may allocate.

Codecs: utf-8, ascii and latin-1 under their usual names, with the error handlers strict, replace
and ignore; other codecs and handlers are NotSupported by name.

Functions returning a Word return the null Word after raising; bool results are False, i64 -1.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import unwrap
from pyvm.runtime.object import Object, Type, small, has_type, bool_word, none_word, NOT_IMPLEMENTED
from pyvm.runtime.strobj import (Str, as_str, str_new_utf8, str_empty, utf8_count_valid, utf8_reason, utf8_decode,
                                 utf8_sequence_length, raise_decode_error, raise_encode_error, is_surrogate_at,
                                 hash_of_bytes, repr_write_hex, memcpy, memcmp, memmem)
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_bytes, str_builder_add_cstr,
                                     str_builder_finish, str_builder_free)
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.iterobj import SeqIterator, seq_iter_new
from pyvm.runtime.namespace import cstr_equal
from pyvm.runtime.strmethods import code_points_in
from pyvm.runtime.errors import (raise_msg, raise_text, raise_message, raise_memory_error, raise_not_supported,
                                 decimal_text, pending, NOT_SUPPORTED, TYPE_ERROR, VALUE_ERROR, INDEX_ERROR, OVERFLOW_ERROR,
                                 LOOKUP_ERROR)
from pyvm.runtime.ops import (type_name, is_str, index_value, sequence_index, comparison_holds, iterator_slots,
                              get_iter, iter_next, is_iterable, hash_not_implemented, immutable_setitem, object_setattr, immutable_delitem,
                              CMP_EQ, CMP_NE, OP_MOD)
from pyvm.runtime.builtins import kw_count, kw_name, name_is, raise_bad_keyword, raise_arg_count, index_arg
from pyvm.runtime.slices import adjust, bounds, is_slice, subscript_slice


class Bytes(Object, name="bytes", length="size"):
    size: i64
    hash: i64                  # 0: not computed yet (as str's)
    data: Array[u8]


class ByteArray(Object, name="bytearray"):
    size: i64
    buffer: Word               # a Bytes: its size is the capacity


BYTES_TYPE = type_of(Bytes)
BYTEARRAY_TYPE = type_of(ByteArray)
BYTES_ITERATOR = static_type(SeqIterator, "bytes_iterator")
BYTEARRAY_ITERATOR = static_type(SeqIterator, "bytearray_iterator")

BYTES_MAX = (1 << 62) - 1
empty_bytes: Word = cast(Word, 0)

CODEC_UTF8 = 0
CODEC_ASCII = 1
CODEC_LATIN1 = 2
ERRORS_STRICT = 0
ERRORS_REPLACE = 1
ERRORS_IGNORE = 2


def init() -> None:
    for k in range(2):
        t = BYTES_TYPE if k == 0 else BYTEARRAY_TYPE
        t.repr = bytes_repr
        t.richcompare = bytes_richcompare
        t.concat = bytes_concat
        t.repeat = bytes_repeat
        t.truth = bytes_truth
        t.length = bytes_length
        t.iter = bytes_iter
        t.getitem = bytes_subscript
        t.contains = bytes_contains
        t.setattr = object_setattr
        t.call = type_bytes
        t.number = bytes_number
    BYTES_TYPE.hash = bytes_hash
    BYTES_TYPE.setitem = immutable_setitem
    BYTES_TYPE.delitem = immutable_delitem
    BYTEARRAY_TYPE.hash = hash_not_implemented
    BYTEARRAY_TYPE.setitem = bytearray_setitem
    BYTEARRAY_TYPE.delitem = bytes_delitem
    BYTEARRAY_TYPE.inplace_concat = bytearray_inplace_concat
    BYTEARRAY_TYPE.inplace_repeat = bytearray_inplace_repeat
    iterator_slots(BYTES_ITERATOR, bytes_iter_next)
    iterator_slots(BYTEARRAY_ITERATOR, bytes_iter_next)


# -- the two kinds ---------------------------------------------------------------------------------

@inline
def as_bytes(w: Word) -> Ptr[Bytes]:
    return cast(Ptr[Bytes], w)


@inline
def as_bytearray(w: Word) -> Ptr[ByteArray]:
    return cast(Ptr[ByteArray], w)


@inline
def is_bytearray(w: Word) -> bool:
    return has_type(w, BYTEARRAY_TYPE)


def is_bytes_like(w: Word) -> bool:
    """w is a bytes or a bytearray (CPython's buffer protocol, for these two)."""
    return has_type(w, BYTES_TYPE) or has_type(w, BYTEARRAY_TYPE)


def byte_data(w: Word) -> Ptr[u8]:
    """The bytes of a bytes or bytearray: an interior pointer, stale after any allocation."""
    if is_bytearray(w):
        return as_bytes(as_bytearray(w).buffer).data
    return as_bytes(w).data


def byte_size(w: Word) -> i64:
    if is_bytearray(w):
        return as_bytearray(w).size
    return as_bytes(w).size


def kind_of(w: Word) -> Ptr[Type]:
    return BYTEARRAY_TYPE if is_bytearray(w) else BYTES_TYPE


def bytes_new(n: i64) -> Word:
    """A bytes of n zero bytes (the shared empty bytes for none)."""
    global empty_bytes
    if n == 0 and empty_bytes:
        return empty_bytes
    if n > BYTES_MAX:
        return raise_memory_error()
    b = new(Bytes, n)
    if not b:
        return cast(Word, 0)
    if n == 0:
        empty_bytes = cast(Word, b)
    return cast(Word, b)


def bytearray_new(n: i64) -> Word:
    """A bytearray of n zero bytes."""
    buffer = bytes_new(n)
    if not buffer:
        return buffer
    a = new(ByteArray)
    if not a:
        return cast(Word, 0)
    a.buffer = buffer
    a.size = n
    return cast(Word, a)


def new_like(kind: Ptr[Type], n: i64) -> Word:
    """A bytes (kind BYTES_TYPE) or bytearray of n zero bytes, to be written through byte_data."""
    if kind == BYTEARRAY_TYPE:
        return bytearray_new(n)
    return bytes_new(n)


def bytes_from_buffer(kind: Ptr[Type], buf: Ptr[u8], n: i64) -> Word:
    """A bytes or bytearray holding a copy of buf[0:n], which must not be in the moving heap."""
    r = new_like(kind, n)
    if r and n > 0:
        memcpy(byte_data(r), buf, n)
    return r


def bytes_from_builder(kind: Ptr[Type], b: Ptr[StrBuilder]) -> Word:
    """The bytes or bytearray of what b collected, freeing b; MemoryError if b ran out."""
    if b.failed:
        str_builder_free(b)
        return raise_memory_error()
    r = bytes_from_buffer(kind, b.data, b.used)
    str_builder_free(b)
    return r


def bytes_copy_of(kind: Ptr[Type], w: Word, start: i64, n: i64) -> Word:
    """A bytes or bytearray of the n bytes at start of the bytes-like w (a bytes asked for the whole
    of a bytes: the bytes itself)."""
    if kind == BYTES_TYPE and has_type(w, BYTES_TYPE) and start == 0 and n == as_bytes(w).size:
        return w
    r = new_like(kind, n)
    if r and n > 0:
        memcpy(byte_data(r), byte_data(w) + start, n)     # w re-read after new
    return r


def bytearray_reserve(a: Word, n: i64) -> bool:
    """Room for n bytes in the bytearray a (its size unchanged); False after MemoryError."""
    if n <= as_bytes(as_bytearray(a).buffer).size:
        return True
    if n > BYTES_MAX:
        raise_memory_error()
        return False
    capacity = as_bytes(as_bytearray(a).buffer).size
    capacity = max(n, capacity + (capacity >> 1) + 8)
    buffer = new(Bytes, capacity)
    if not buffer:
        return False
    memcpy(buffer.data, byte_data(a), as_bytearray(a).size)
    as_bytearray(a).buffer = cast(Word, buffer)
    return True


def bytearray_resize(a: Word, n: i64) -> bool:
    """Make the bytearray a n bytes long: new bytes are zero, and a shrunk one lets go of memory
    it no longer needs; False after MemoryError."""
    old = as_bytearray(a).size
    if n > old:
        if not bytearray_reserve(a, n):
            return False
        data = byte_data(a)
        for k in range(old, n):
            data[k] = 0
    elif n < as_bytes(as_bytearray(a).buffer).size // 4:
        buffer = new(Bytes, n)
        if not buffer:
            return False
        memcpy(buffer.data, byte_data(a), n)
        as_bytearray(a).buffer = cast(Word, buffer)
    as_bytearray(a).size = n
    return True


def bytearray_splice(a: Word, at: i64, removed: i64, source: Word, m: i64) -> bool:
    """Replace removed bytes at `at` of the bytearray a by the first m bytes of the bytes-like source
    (not a itself); False after MemoryError."""
    old = as_bytearray(a).size
    if m > removed:
        if not bytearray_reserve(a, old + m - removed):
            return False
    data = byte_data(a)
    if m != removed:
        memmove(data + at + m, data + at + removed, old - at - removed)
    if m > 0:
        memcpy(data + at, byte_data(source), m)
    if m >= removed:
        as_bytearray(a).size = old + m - removed
        return True
    return bytearray_resize(a, old + m - removed)


@extern
def memmove(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


@extern
def memchr(s: Ptr[u8], c: i32, n: i64) -> Ptr[u8]: ...


# -- ints as bytes ---------------------------------------------------------------------------------

def byte_value(w: Word, out: Ptr[u8], range_message: Ptr[u8]) -> bool:
    """An int w in range(0, 256) into *out; False after TypeError (not an int) or ValueError
    (range_message)."""
    v: i64 = 0
    status = index_arg(w, addr(v))
    if status < 0:
        return False
    if status == 0 or v < 0 or v > 255:
        raise_msg(VALUE_ERROR, range_message)
        return False
    out[0] = u8(v)
    return True


def bytes_from_iterable(kind: Ptr[Type], iterable: Word) -> Word:
    """bytes(iterable) or bytearray(iterable): each item an int in range(0, 256)."""
    it = get_iter(iterable)
    if not it:
        return it
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    message = "bytes must be in range(0, 256)" if kind == BYTES_TYPE else "byte must be in range(0, 256)"
    item = iter_next(it)
    while item:
        v: u8 = 0
        if not byte_value(item, addr(v), message):
            str_builder_free(b)
            return cast(Word, 0)
        str_builder_add_bytes(b, addr(v), 1, 1)
        item = iter_next(it)
    if pending:
        str_builder_free(b)
        return cast(Word, 0)
    return bytes_from_builder(kind, b)


def as_bytes_argument(kind: Ptr[Type], w: Word) -> Word:
    """w as bytes for bytes(w), bytearray(w), bytearray slice assignment and extend: a bytes-like as a
    copy, else an iterable of ints (w itself when it is a bytes and kind is bytes)."""
    if is_bytes_like(w):
        return bytes_copy_of(kind, w, 0, byte_size(w))
    return bytes_from_iterable(kind, w)


# -- constructors ----------------------------------------------------------------------------------

def type_bytes(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """bytes(source=b'', encoding=None, errors=None) and bytearray(...) alike."""
    fname = "bytes()" if t == BYTES_TYPE else "bytearray()"
    nkw = kw_count(kwnames)
    npos = n - nkw
    if n > 3:
        return raise_text(TYPE_ERROR, t.name, "() takes at most 3 arguments (", decimal_text(0, n), " given)", "")
    source = unwrap(args[0]) if npos > 0 else cast(Word, 0)      # a subclass of str, list, ...: its value
    encoding = args[1] if npos > 1 else cast(Word, 0)
    errors = args[2] if npos > 2 else cast(Word, 0)
    for k in range(nkw):
        kname = kw_name(kwnames, k)
        at: i64 = -1
        if name_is(kname, "source"):
            at = 0
        elif name_is(kname, "encoding"):
            at = 1
        elif name_is(kname, "errors"):
            at = 2
        if at < 0:
            return raise_bad_keyword(kname, fname)
        if at < npos:
            return raise_message(TYPE_ERROR, "argument for ", fname, " given by name ('", kname, "') and position (",
                                 decimal_text(0, at + 1), ")", "")
        if at == 0:
            source = args[npos + k]
        elif at == 1:
            encoding = args[npos + k]
        else:
            errors = args[npos + k]
    if source and is_str(source):
        if not encoding:
            return raise_msg(TYPE_ERROR, "string argument without an encoding")
        encoded = encode_str(source, encoding, errors, t.name)
        if not encoded or t == BYTES_TYPE:
            return encoded
        return bytes_copy_of(t, encoded, 0, byte_size(encoded))
    if encoding:
        return raise_msg(TYPE_ERROR, "encoding without a string argument")
    if errors:
        return raise_msg(TYPE_ERROR, "errors without a string argument")
    if not source:
        return new_like(t, 0)
    count: i64 = 0
    status = index_value(source, addr(count))
    if status == 0:
        return raise_msg(OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")
    if status > 0:
        if count < 0:
            return raise_msg(VALUE_ERROR, "negative count")
        return new_like(t, count)
    if not is_bytes_like(source) and not is_iterable(source):
        return raise_text(TYPE_ERROR, "cannot convert '", type_name(source), "' object to ", t.name, "")
    return as_bytes_argument(t, source)


# -- codecs ----------------------------------------------------------------------------------------

class Scratch(Struct):
    text: Array[u8, 32]        # a codec's or handler's name normalized, or a character being written


SCRATCH = static(Scratch)
ERRORS_OTHER = 3               # a handler of CPython's that pyvm lacks, or none: known only on an error


def normalized_name(name: Word) -> Ptr[u8]:
    """The str name lower-cased, - and space as _, NUL-terminated in SCRATCH; null if too long."""
    p = as_str(name)
    if p.nbytes >= 32:
        return null(u8)
    out = SCRATCH.text
    for k in range(p.nbytes):
        c = p.data[k]
        if c >= 0x41 and c <= 0x5A:
            c += 0x20
        elif c == 0x2D or c == 0x20:
            c = 0x5F
        out[k] = c
    out[p.nbytes] = 0
    return out


def text_argument(w: Word, fname: Ptr[u8], what: Ptr[u8]) -> bool:
    """An encoding or errors argument must be a str; False after TypeError."""
    if is_str(w):
        return True
    raise_text(TYPE_ERROR, fname, "() argument '", what, "' must be str, not ", type_name(w))
    return False


def codec_of(encoding: Word, fname: Ptr[u8]) -> i64:
    """CODEC_UTF8, CODEC_ASCII or CODEC_LATIN1 for an encoding argument (null: utf-8) under the names
    CPython's encodings.aliases gives them; -1 after raising (NotSupported for other codecs)."""
    if not encoding:
        return CODEC_UTF8
    if not text_argument(encoding, fname, "encoding"):
        return -1
    name = normalized_name(encoding)
    if name:
        if cstr_equal(name, "utf_8") or cstr_equal(name, "utf8") or cstr_equal(name, "u8") or cstr_equal(name, "utf"):
            return CODEC_UTF8
        if (cstr_equal(name, "ascii") or cstr_equal(name, "us_ascii") or cstr_equal(name, "646") or cstr_equal(name, "us")
                or cstr_equal(name, "ansi_x3.4_1968")):
            return CODEC_ASCII
        if (cstr_equal(name, "latin_1") or cstr_equal(name, "latin1") or cstr_equal(name, "latin") or cstr_equal(name, "l1")
                or cstr_equal(name, "iso_8859_1") or cstr_equal(name, "iso8859_1") or cstr_equal(name, "8859")
                or cstr_equal(name, "cp819") or cstr_equal(name, "iso_ir_100")):
            return CODEC_LATIN1
    raise_message(NOT_SUPPORTED, "the codec '", "", "", encoding, "' (pyvm has utf-8, ascii and latin-1)", "", "", "")
    return -1


def handler_of(errors: Word, fname: Ptr[u8]) -> i64:
    """ERRORS_STRICT, _REPLACE, _IGNORE or _OTHER for an errors argument (null: strict); -1 after
    TypeError."""
    if not errors:
        return ERRORS_STRICT
    if not text_argument(errors, fname, "errors"):
        return -1
    name = normalized_name(errors)
    if name and cstr_equal(name, "strict"):
        return ERRORS_STRICT
    if name and cstr_equal(name, "replace"):
        return ERRORS_REPLACE
    if name and cstr_equal(name, "ignore"):
        return ERRORS_IGNORE
    return ERRORS_OTHER


def raise_handler(errors: Word) -> None:
    """An error met under a handler pyvm lacks: NotSupported for CPython's, else its LookupError."""
    name = normalized_name(errors)
    if name and (cstr_equal(name, "surrogateescape") or cstr_equal(name, "backslashreplace")
                 or cstr_equal(name, "surrogatepass") or cstr_equal(name, "xmlcharrefreplace")
                 or cstr_equal(name, "namereplace")):
        raise_message(NOT_SUPPORTED, "the error handler '", "", "", errors, "'", "", "", "")
        return
    raise_message(LOOKUP_ERROR, "unknown error handler name '", "", "", errors, "'", "", "", "")


def encode_str(s: Word, encoding: Word, errors: Word, fname: Ptr[u8]) -> Word:
    """s.encode(encoding, errors): a bytes (null Words: the defaults)."""
    codec = codec_of(encoding, fname)
    handler = handler_of(errors, fname) if codec >= 0 else -1
    if handler < 0:
        return cast(Word, 0)
    n = as_str(s).nbytes
    if as_str(s).length == n or (codec == CODEC_UTF8 and no_surrogates(s)):
        r = bytes_new(n)
        if r and n > 0:
            memcpy(as_bytes(r).data, as_str(s).data, n)
        return r
    limit: i64 = 128 if codec == CODEC_ASCII else 256
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    pos: i64 = 0
    index: i64 = 0             # code points before pos
    while pos < n:
        if not unencodable(s, pos, codec, limit):
            size = utf8_sequence_length(as_str(s).data[pos])
            if codec == CODEC_UTF8:
                str_builder_add_bytes(b, as_str(s).data + pos, size, size)
            else:
                c = u8(utf8_decode(as_str(s).data + pos))
                str_builder_add_bytes(b, addr(c), 1, 1)
            pos += size
            index += 1
            continue
        start = index
        while pos < n and unencodable(s, pos, codec, limit):
            pos += utf8_sequence_length(as_str(s).data[pos])
            index += 1
        if handler == ERRORS_REPLACE:
            for k in range(index - start):
                str_builder_add_cstr(b, "?")
        elif handler != ERRORS_IGNORE:
            str_builder_free(b)
            if handler == ERRORS_OTHER:
                raise_handler(errors)
            elif codec == CODEC_UTF8:
                raise_encode_error("utf-8", s, start, index, "surrogates not allowed")
            elif codec == CODEC_ASCII:
                raise_encode_error("ascii", s, start, index, "ordinal not in range(128)")
            else:
                raise_encode_error("latin-1", s, start, index, "ordinal not in range(256)")
            return cast(Word, 0)
    return bytes_from_builder(BYTES_TYPE, b)


def no_surrogates(s: Word) -> bool:
    p = as_str(s)
    for k in range(p.nbytes):
        if is_surrogate_at(p.data, k, p.nbytes):
            return False
    return True


def unencodable(s: Word, pos: i64, codec: i64, limit: i64) -> bool:
    """The code point at byte pos of s has no encoding in codec (a surrogate in utf-8)."""
    p = as_str(s)
    if codec == CODEC_UTF8:
        return is_surrogate_at(p.data, pos, p.nbytes)
    return utf8_decode(p.data + pos) >= limit


REPLACEMENT_CHARACTER = "\ufffd"          # 3 bytes of UTF-8


def decode_bytes(w: Word, encoding: Word, errors: Word, fname: Ptr[u8]) -> Word:
    """w.decode(encoding, errors) of a bytes or bytearray: a str (null Words: the defaults)."""
    codec = codec_of(encoding, fname)
    handler = handler_of(errors, fname) if codec >= 0 else -1
    if handler < 0:
        return cast(Word, 0)
    n = byte_size(w)
    bad_start: i64 = 0
    bad_end: i64 = 0
    reason: i64 = 0
    if codec == CODEC_UTF8 or is_ascii_data(byte_data(w), n):    # ASCII reads alike in all three
        count = utf8_count_valid(byte_data(w), n, addr(bad_start), addr(bad_end), addr(reason))
        if count >= 0:
            if n == 0:
                return str_empty()
            r = new(Str, n)
            if not r:
                return cast(Word, 0)
            memcpy(r.data, byte_data(w), n)      # w re-read after new
            r.length = count
            return cast(Word, r)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    pos: i64 = 0
    while pos < n:
        data = byte_data(w)
        c = data[pos]
        if codec == CODEC_LATIN1 or (codec == CODEC_ASCII and c < 0x80):
            utf8 = SCRATCH.text
            str_builder_add_bytes(b, utf8, utf8_encode_byte(c, utf8), 1)
            pos += 1
            continue
        bad_start = pos
        bad_end = pos + 1
        why = "ordinal not in range(128)"
        if codec == CODEC_UTF8:
            count = utf8_count_valid(data + pos, n - pos, addr(bad_start), addr(bad_end), addr(reason))
            if count >= 0:
                str_builder_add_bytes(b, data + pos, n - pos, count)
                break
            valid = bad_start
            str_builder_add_bytes(b, data + pos, valid, code_points_in(data + pos, valid))
            bad_start += pos
            bad_end += pos
            why = utf8_reason(reason)
        if handler == ERRORS_REPLACE:
            str_builder_add_bytes(b, REPLACEMENT_CHARACTER, 3, 1)
        elif handler != ERRORS_IGNORE:
            str_builder_free(b)
            if handler == ERRORS_OTHER:
                raise_handler(errors)
                return cast(Word, 0)
            return raise_decode_error("utf-8" if codec == CODEC_UTF8 else "ascii", data[bad_start], bad_start,
                                      bad_end, why)
        pos = bad_end
    return str_builder_finish(b)


def is_ascii_data(data: Ptr[u8], n: i64) -> bool:
    for k in range(n):
        if data[k] >= 0x80:
            return False
    return True


def utf8_encode_byte(c: u8, out: Ptr[u8]) -> i64:
    """The code point c (below 256) in UTF-8 at out; its length."""
    if c < 0x80:
        out[0] = c
        return 1
    out[0] = 0xC0 | (c >> 6)
    out[1] = 0x80 | (c & 0x3F)
    return 2


# -- repr ------------------------------------------------------------------------------------------

def add_bytes_repr(b: Ptr[StrBuilder], w: Word) -> None:
    """b'...' of a bytes-like, as CPython writes it: single quotes unless it holds ' and no \". A
    bytearray's escapes ' even between double quotes (CPython's bytearray_repr)."""
    escaped: u8 = 0x27 if is_bytearray(w) else 0
    data = byte_data(w)
    n = byte_size(w)
    quote: u8 = 0x27
    if memchr(data, 0x27, n) and not memchr(data, 0x22, n):
        quote = 0x22
    if escaped == 0:
        escaped = quote
    str_builder_add_cstr(b, "b")
    str_builder_add_bytes(b, addr(quote), 1, 1)
    out = SCRATCH.text
    for k in range(n):
        c = data[k]
        size: i64 = 1
        out[0] = 0x5C
        if c == escaped or c == 0x5C:
            out[1] = c
            size = 2
        elif c == 0x09:
            out[1] = 0x74
            size = 2
        elif c == 0x0A:
            out[1] = 0x6E
            size = 2
        elif c == 0x0D:
            out[1] = 0x72
            size = 2
        elif c < 0x20 or c >= 0x7F:
            out[1] = 0x78
            repr_write_hex(out + 2, i64(c), 2)
            size = 4
        else:
            out[0] = c
        str_builder_add_bytes(b, out, size, size)
    str_builder_add_bytes(b, addr(quote), 1, 1)


def bytes_repr(w: Word) -> Word:
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    if is_bytearray(w):
        str_builder_add_cstr(b, "bytearray(")
    add_bytes_repr(b, w)
    if is_bytearray(w):
        str_builder_add_cstr(b, ")")
    return str_builder_finish(b)


# -- slots -----------------------------------------------------------------------------------------

def bytes_hash(w: Word, out: Ptr[i64]) -> bool:
    p = as_bytes(w)
    if p.hash == 0:
        p.hash = hash_of_bytes(p.data, p.size)
    out[0] = p.hash
    return True


def bytes_compare(a: Word, b: Word) -> i64:
    """-1, 0 or 1 as the bytes-likes a <, ==, > b."""
    na = byte_size(a)
    nb = byte_size(b)
    c = memcmp(byte_data(a), byte_data(b), min(na, nb))
    if c < 0 or (c == 0 and na < nb):
        return -1
    if c > 0 or na > nb:
        return 1
    return 0


def bytes_richcompare(a: Word, b: Word, op: i64) -> Word:
    if not is_bytes_like(b):
        return cast(Word, NOT_IMPLEMENTED)
    if (op == CMP_EQ or op == CMP_NE) and byte_size(a) != byte_size(b):
        return bool_word(op == CMP_NE)
    return bool_word(comparison_holds(bytes_compare(a, b), op))


def bytes_concat(a: Word, b: Word) -> Word:
    """a + b, of a's kind."""
    if not is_bytes_like(b):
        return raise_text(TYPE_ERROR, "can't concat ", type_name(b), " to ", type_name(a), "")
    na = byte_size(a)
    nb = byte_size(b)
    if nb == 0 and has_type(a, BYTES_TYPE):
        return a
    if na == 0 and has_type(a, BYTES_TYPE) and has_type(b, BYTES_TYPE):
        return b
    r = new_like(kind_of(a), na + nb)       # each below 2**62: no overflow
    if r:
        memcpy(byte_data(r), byte_data(a), na)
        memcpy(byte_data(r) + na, byte_data(b), nb)
    return r


def bytes_repeat(w: Word, count: i64) -> Word:
    """w * count, of w's kind."""
    n = byte_size(w)
    if count < 0:
        count = 0
    if count == 1 and has_type(w, BYTES_TYPE):
        return w
    total, overflowed = mul_ovf(n, count)
    if overflowed:
        return raise_msg(OVERFLOW_ERROR, "repeated bytes are too long")
    r = new_like(kind_of(w), total)
    if not r:
        return r
    fill_repeated(byte_data(r), byte_data(w), n, total)
    return r


def fill_repeated(out: Ptr[u8], data: Ptr[u8], n: i64, total: i64) -> None:
    """out[0:total] = data[0:n] repeated (total a multiple of n): the copied prefix doubled."""
    if total == 0:
        return
    memcpy(out, data, n)
    done = n
    while done < total:
        chunk = min(done, total - done)
        memcpy(out + done, out, chunk)
        done += chunk


def bytearray_inplace_concat(a: Word, b: Word) -> Word:
    """a += b: extended in place."""
    if not is_bytes_like(b):
        return raise_text(TYPE_ERROR, "can't concat ", type_name(b), " to ", type_name(a), "")
    n = as_bytearray(a).size
    m = byte_size(b)
    if not bytearray_reserve(a, n + m):
        return cast(Word, 0)
    memmove(byte_data(a) + n, byte_data(b), m)       # b may be a itself
    as_bytearray(a).size = n + m
    return a


def bytearray_inplace_repeat(a: Word, count: i64) -> Word:
    n = as_bytearray(a).size
    if count < 0:
        count = 0
    total, overflowed = mul_ovf(n, count)
    if overflowed:
        return raise_memory_error()
    if not bytearray_reserve(a, total):
        return cast(Word, 0)
    fill_repeated(byte_data(a), byte_data(a), n, total)
    as_bytearray(a).size = total
    return a


def bytes_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """The number slot: % with a bytes-like on the left is printf formatting, which pyvm lacks."""
    if op == OP_MOD and is_bytes_like(a):
        return raise_not_supported("bytes formatting (", type_name(a), " % ...)")
    return cast(Word, NOT_IMPLEMENTED)


def bytes_truth(w: Word) -> i64:
    return 1 if byte_size(w) > 0 else 0


def bytes_length(w: Word) -> Word:
    return small(byte_size(w))


def item_index(w: Word, index: Word, out: Ptr[i64]) -> bool:
    """An int index of w's bytes, negative ones from the end, into *out; False after raising
    CPython's TypeError or IndexError."""
    t = kind_of(w)
    if index_value(index, out) < 0:
        if t == BYTES_TYPE:
            raise_text(TYPE_ERROR, "byte indices must be integers or slices, not ", type_name(index), "", "", "")
        else:
            raise_text(TYPE_ERROR, "bytearray indices must be integers or slices, not ", type_name(index), "", "", "")
        return False
    if not sequence_index(t, index, out):
        return False
    n = byte_size(w)
    if out[0] < 0:
        out[0] += n
    if out[0] < 0 or out[0] >= n:
        raise_msg(INDEX_ERROR, "index out of range" if t == BYTES_TYPE else "bytearray index out of range")
        return False
    return True


def bytes_subscript(w: Word, index: Word) -> Word:
    if is_slice(index):
        return subscript_slice(w, index)         # b[slice(1, 2)]: GET_SLICE handles b[1:2]
    i: i64 = 0
    if not item_index(w, index, addr(i)):
        return cast(Word, 0)
    return small(i64(byte_data(w)[i]))


def bytearray_setitem(w: Word, index: Word, value: Word) -> bool:
    i: i64 = 0
    if not item_index(w, index, addr(i)):
        return False
    v: u8 = 0
    if not byte_value(value, addr(v), "byte must be in range(0, 256)"):
        return False
    byte_data(w)[i] = v
    return True


def bytes_delitem(w: Word, index: Word) -> bool:
    """del a[i] of a bytearray."""
    i: i64 = 0
    if not item_index(w, index, addr(i)):
        return False
    return bytearray_splice(w, i, 1, cast(Word, 0), 0)


def bytes_contains(w: Word, x: Word) -> i64:
    """x in w: an int in range(0, 256), or a bytes-like found in w."""
    v: i64 = 0
    status = index_value(x, addr(v))
    if status >= 0:
        if status == 0 or v < 0 or v > 255:
            raise_msg(VALUE_ERROR, "byte must be in range(0, 256)")
            return -1
        return 1 if memchr(byte_data(w), i32(v), byte_size(w)) else 0
    if not is_bytes_like(x):
        raise_text(TYPE_ERROR, "a bytes-like object is required, not '", type_name(x), "'", "", "")
        return -1
    return 1 if find_in(w, x, 0, byte_size(w)) >= 0 else 0


def find_in(w: Word, sub: Word, lo: i64, hi: i64) -> i64:
    """The offset of the first sub (bytes-like) in w's bytes [lo, hi), or -1."""
    m = byte_size(sub)
    if hi - lo < m:
        return -1
    if m == 0:
        return lo
    data = byte_data(w)
    r = memmem(data + lo, hi - lo, byte_data(sub), m)
    if not r:
        return -1
    return cast(i64, r) - cast(i64, data)


# -- slicing ---------------------------------------------------------------------------------------

def bytes_slice(w: Word, start: Word, stop: Word, step: Word) -> Word:
    """w[start:stop:step], of w's kind."""
    if not adjust(byte_size(w), start, stop, step):
        return cast(Word, 0)
    n = bounds.count
    first = bounds.start
    stride = bounds.step
    if stride == 1:
        return bytes_copy_of(kind_of(w), w, first, n)
    r = new_like(kind_of(w), n)
    if r:
        out = byte_data(r)
        data = byte_data(w)
        for k in range(n):
            out[k] = data[first + k * stride]
    return r


def bytearray_setslice(w: Word, start: Word, stop: Word, step: Word, value: Word) -> bool:
    """w[start:stop:step] = value for a bytearray w: value a bytes-like or an iterable of ints."""
    if not adjust(as_bytearray(w).size, start, stop, step):
        return False
    first = bounds.start
    n = bounds.count
    stride = bounds.step
    if is_str(value) or not (is_bytes_like(value) or is_iterable(value)):
        raise_msg(TYPE_ERROR, "can assign only bytes, buffers, or iterables of ints in range(0, 256)")
        return False
    items = as_bytes_argument(BYTES_TYPE, value)     # a copy when it is w itself
    if not items:
        return False
    m = as_bytes(items).size
    if stride == 1:
        return bytearray_splice(w, first, n, items, m)
    if m != n:
        raise_text(VALUE_ERROR, "attempt to assign bytes of size ", decimal_text(0, m), " to extended slice of size ",
                   decimal_text(1, n), "")
        return False
    data = byte_data(w)
    for k in range(n):
        data[first + k * stride] = as_bytes(items).data[k]
    return True


def bytearray_delslice(w: Word, start: Word, stop: Word, step: Word) -> bool:
    """del w[start:stop:step] for a bytearray w."""
    if not adjust(as_bytearray(w).size, start, stop, step):
        return False
    n = bounds.count
    first = bounds.start
    stride = bounds.step
    if stride < 0:                                   # the same bytes, counted upwards
        first += (n - 1) * stride
        stride = -stride
    if n == 0 or stride == 1:
        return bytearray_splice(w, first, n, cast(Word, 0), 0)
    old = as_bytearray(w).size
    data = byte_data(w)
    kept = first
    for k in range(first, old):
        if (k - first) % stride != 0 or (k - first) // stride >= n:
            data[kept] = data[k]
            kept += 1
    return bytearray_resize(w, kept)


# -- iteration -------------------------------------------------------------------------------------

def bytes_iter(w: Word) -> Word:
    return seq_iter_new(BYTEARRAY_ITERATOR if is_bytearray(w) else BYTES_ITERATOR, w)


def bytes_iter_next(w: Word) -> Word:
    """The next byte as an int (a bytearray's current size read at each step, as CPython does)."""
    it = cast(Ptr[SeqIterator], w)
    seq = it.seq
    if not seq:
        return seq
    if it.index < byte_size(seq):
        it.index += 1
        return small(i64(byte_data(seq)[it.index - 1]))
    it.seq = cast(Word, 0)
    return cast(Word, 0)
