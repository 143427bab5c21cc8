"""The methods of bytes and bytearray (CPython 3.11's Objects/bytes_methods.c, bytesobject.c and
bytearrayobject.c), with their argument checks and messages, and str.encode. Each method takes
either kind and makes results of its object's kind; bytearray's own ones change it in place.

Not yet (NotSupported by name): hex() with a separator, the methods not listed in init() (center,
partition, splitlines, translate, title, ...), % formatting.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import BuiltinFunction, Type, small, small_value, none_word, bool_word, has_type, add_method
from pyvm.runtime.strobj import Str, as_str, memcpy, memcmp, repr_write_hex
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_bytes, str_builder_finish,
                                     str_builder_free)
from pyvm.runtime.bytesobj import (Bytes, BYTES_TYPE, BYTEARRAY_TYPE, as_bytes, as_bytearray, is_bytes_like,
                                   byte_data, byte_size, kind_of, new_like, bytes_copy_of, bytes_from_builder,
                                   bytes_from_buffer, byte_value, find_in, memchr, bytearray_reserve, bytearray_splice,
                                   bytearray_resize, as_bytes_argument, bytes_from_iterable, bytes_new, encode_str,
                                   decode_bytes, BYTES_MAX)
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.listobj import List, list_new, list_append, list_array
from pyvm.runtime.errors import (raise_msg, raise_text, raise_not_supported, raise_memory_error, decimal_text,
                                 TYPE_ERROR, VALUE_ERROR, INDEX_ERROR, OVERFLOW_ERROR)
from pyvm.runtime.ops import (type_name, type_of_value, index_value, is_subtype, is_str, is_iterable, get_iter, list_from_iterable,
                              truthy, STR_TYPE, INT_TYPE, TUPLE_TYPE, LIST_TYPE, NONE_TYPE)
from pyvm.runtime.intobj import (int_add, int_sub, int_mul, int_mod, int_floordiv, int_lshift, int_neg, int_compare)
from pyvm.runtime.builtins import (no_keywords, no_arguments, positional_count, clinic_argument, clinic_keywords_used,
                                   kw_count, ssize_arg, list_reverse_in_place, name_is)
from pyvm.runtime.strmethods import Window, window_bounds, SSIZE_MAX


# Each type's method table links its own statics: the shared methods are declared once for each.
BYTES_DECODE = static(BuiltinFunction, name="decode", method=bytes_decode)
BYTES_FIND = static(BuiltinFunction, name="find", method=bytes_find)
BYTES_RFIND = static(BuiltinFunction, name="rfind", method=bytes_rfind)
BYTES_INDEX = static(BuiltinFunction, name="index", method=bytes_index)
BYTES_RINDEX = static(BuiltinFunction, name="rindex", method=bytes_rindex)
BYTES_COUNT = static(BuiltinFunction, name="count", method=bytes_count)
BYTES_STARTSWITH = static(BuiltinFunction, name="startswith", method=bytes_startswith)
BYTES_ENDSWITH = static(BuiltinFunction, name="endswith", method=bytes_endswith)
BYTES_SPLIT = static(BuiltinFunction, name="split", method=bytes_split)
BYTES_RSPLIT = static(BuiltinFunction, name="rsplit", method=bytes_rsplit)
BYTES_JOIN = static(BuiltinFunction, name="join", method=bytes_join)
BYTES_STRIP = static(BuiltinFunction, name="strip", method=bytes_strip)
BYTES_LSTRIP = static(BuiltinFunction, name="lstrip", method=bytes_lstrip)
BYTES_RSTRIP = static(BuiltinFunction, name="rstrip", method=bytes_rstrip)
BYTES_REPLACE = static(BuiltinFunction, name="replace", method=bytes_replace)
BYTES_UPPER = static(BuiltinFunction, name="upper", method=bytes_upper)
BYTES_LOWER = static(BuiltinFunction, name="lower", method=bytes_lower)
BYTES_HEX = static(BuiltinFunction, name="hex", method=bytes_hex)
BYTES_ISDIGIT = static(BuiltinFunction, name="isdigit", method=bytes_isdigit)
BYTES_ISALPHA = static(BuiltinFunction, name="isalpha", method=bytes_isalpha)
BYTES_ISALNUM = static(BuiltinFunction, name="isalnum", method=bytes_isalnum)
BYTES_ISSPACE = static(BuiltinFunction, name="isspace", method=bytes_isspace)
BYTES_ISASCII = static(BuiltinFunction, name="isascii", method=bytes_isascii)
BYTES_ISLOWER = static(BuiltinFunction, name="islower", method=bytes_islower)
BYTES_ISUPPER = static(BuiltinFunction, name="isupper", method=bytes_isupper)
BYTES_FROMHEX = static(BuiltinFunction, name="fromhex", call=bytes_fromhex)
BYTEARRAY_DECODE = static(BuiltinFunction, name="decode", method=bytes_decode)
BYTEARRAY_FIND = static(BuiltinFunction, name="find", method=bytes_find)
BYTEARRAY_RFIND = static(BuiltinFunction, name="rfind", method=bytes_rfind)
BYTEARRAY_INDEX = static(BuiltinFunction, name="index", method=bytes_index)
BYTEARRAY_RINDEX = static(BuiltinFunction, name="rindex", method=bytes_rindex)
BYTEARRAY_COUNT = static(BuiltinFunction, name="count", method=bytes_count)
BYTEARRAY_STARTSWITH = static(BuiltinFunction, name="startswith", method=bytes_startswith)
BYTEARRAY_ENDSWITH = static(BuiltinFunction, name="endswith", method=bytes_endswith)
BYTEARRAY_SPLIT = static(BuiltinFunction, name="split", method=bytes_split)
BYTEARRAY_RSPLIT = static(BuiltinFunction, name="rsplit", method=bytes_rsplit)
BYTEARRAY_JOIN = static(BuiltinFunction, name="join", method=bytes_join)
BYTEARRAY_STRIP = static(BuiltinFunction, name="strip", method=bytes_strip)
BYTEARRAY_LSTRIP = static(BuiltinFunction, name="lstrip", method=bytes_lstrip)
BYTEARRAY_RSTRIP = static(BuiltinFunction, name="rstrip", method=bytes_rstrip)
BYTEARRAY_REPLACE = static(BuiltinFunction, name="replace", method=bytes_replace)
BYTEARRAY_UPPER = static(BuiltinFunction, name="upper", method=bytes_upper)
BYTEARRAY_LOWER = static(BuiltinFunction, name="lower", method=bytes_lower)
BYTEARRAY_HEX = static(BuiltinFunction, name="hex", method=bytes_hex)
BYTEARRAY_ISDIGIT = static(BuiltinFunction, name="isdigit", method=bytes_isdigit)
BYTEARRAY_ISALPHA = static(BuiltinFunction, name="isalpha", method=bytes_isalpha)
BYTEARRAY_ISALNUM = static(BuiltinFunction, name="isalnum", method=bytes_isalnum)
BYTEARRAY_ISSPACE = static(BuiltinFunction, name="isspace", method=bytes_isspace)
BYTEARRAY_ISASCII = static(BuiltinFunction, name="isascii", method=bytes_isascii)
BYTEARRAY_ISLOWER = static(BuiltinFunction, name="islower", method=bytes_islower)
BYTEARRAY_ISUPPER = static(BuiltinFunction, name="isupper", method=bytes_isupper)
BYTEARRAY_FROMHEX = static(BuiltinFunction, name="fromhex", call=bytearray_fromhex)
BYTEARRAY_OWN_APPEND = static(BuiltinFunction, name="append", method=bytearray_append)
BYTEARRAY_OWN_EXTEND = static(BuiltinFunction, name="extend", method=bytearray_extend)
BYTEARRAY_OWN_POP = static(BuiltinFunction, name="pop", method=bytearray_pop)
BYTEARRAY_OWN_INSERT = static(BuiltinFunction, name="insert", method=bytearray_insert)
BYTEARRAY_OWN_REMOVE = static(BuiltinFunction, name="remove", method=bytearray_remove)
BYTEARRAY_OWN_CLEAR = static(BuiltinFunction, name="clear", method=bytearray_clear)
BYTEARRAY_OWN_COPY = static(BuiltinFunction, name="copy", method=bytearray_copy)
BYTEARRAY_OWN_REVERSE = static(BuiltinFunction, name="reverse", method=bytearray_reverse)
STR_ENCODE = static(BuiltinFunction, name="encode", method=str_encode)
INT_FROM_BYTES = static(BuiltinFunction, name="from_bytes", call=int_from_bytes)
INT_TO_BYTES = static(BuiltinFunction, name="to_bytes", method=int_to_bytes)


def init() -> None:
    add_method(STR_TYPE, STR_ENCODE)
    add_method(INT_TYPE, INT_FROM_BYTES)
    add_method(INT_TYPE, INT_TO_BYTES)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_REVERSE)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_COPY)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_CLEAR)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_REMOVE)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_INSERT)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_POP)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_EXTEND)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_OWN_APPEND)
    add_method(BYTES_TYPE, BYTES_FROMHEX)
    add_method(BYTES_TYPE, BYTES_ISUPPER)
    add_method(BYTES_TYPE, BYTES_ISLOWER)
    add_method(BYTES_TYPE, BYTES_ISASCII)
    add_method(BYTES_TYPE, BYTES_ISSPACE)
    add_method(BYTES_TYPE, BYTES_ISALNUM)
    add_method(BYTES_TYPE, BYTES_ISALPHA)
    add_method(BYTES_TYPE, BYTES_ISDIGIT)
    add_method(BYTES_TYPE, BYTES_HEX)
    add_method(BYTES_TYPE, BYTES_LOWER)
    add_method(BYTES_TYPE, BYTES_UPPER)
    add_method(BYTES_TYPE, BYTES_REPLACE)
    add_method(BYTES_TYPE, BYTES_RSTRIP)
    add_method(BYTES_TYPE, BYTES_LSTRIP)
    add_method(BYTES_TYPE, BYTES_STRIP)
    add_method(BYTES_TYPE, BYTES_JOIN)
    add_method(BYTES_TYPE, BYTES_RSPLIT)
    add_method(BYTES_TYPE, BYTES_SPLIT)
    add_method(BYTES_TYPE, BYTES_ENDSWITH)
    add_method(BYTES_TYPE, BYTES_STARTSWITH)
    add_method(BYTES_TYPE, BYTES_COUNT)
    add_method(BYTES_TYPE, BYTES_RINDEX)
    add_method(BYTES_TYPE, BYTES_INDEX)
    add_method(BYTES_TYPE, BYTES_RFIND)
    add_method(BYTES_TYPE, BYTES_FIND)
    add_method(BYTES_TYPE, BYTES_DECODE)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_FROMHEX)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISUPPER)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISLOWER)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISASCII)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISSPACE)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISALNUM)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISALPHA)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ISDIGIT)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_HEX)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_LOWER)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_UPPER)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_REPLACE)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_RSTRIP)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_LSTRIP)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_STRIP)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_JOIN)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_RSPLIT)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_SPLIT)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_ENDSWITH)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_STARTSWITH)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_COUNT)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_RINDEX)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_INDEX)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_RFIND)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_FIND)
    add_method(BYTEARRAY_TYPE, BYTEARRAY_DECODE)

class QualName(Struct):
    text: Array[u8, 40]


QUALNAME = static(QualName)


def qualname(self: Word, name: Ptr[u8]) -> Ptr[u8]:
    """"bytes." or "bytearray." and name, for messages (valid until the next call)."""
    out = QUALNAME.text
    prefix = type_name(self)
    k: i64 = 0
    while prefix[k] != 0:
        out[k] = prefix[k]
        k += 1
    out[k] = 0x2E
    k += 1
    j: i64 = 0
    while name[j] != 0:
        out[k] = name[j]
        k += 1
        j += 1
    out[k] = 0
    return out


# -- arguments -------------------------------------------------------------------------------------

# The window of the call being checked (start may stay past end: nothing is found).
WINDOW = static(Window)


def window_args(s: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], w: Ptr[Window]) -> bool:
    """The (sub, start=None, end=None) arguments of find, count, startswith and the rest."""
    return window_bounds(args, n, kwnames, fname, qualname(s, fname), byte_size(s), w)


def needle_of(w: Word) -> Word:
    """A sub argument of find and count: a bytes-like, or an int as the bytes of that byte."""
    if is_bytes_like(w):
        return w
    v: i64 = 0
    status = index_value(w, addr(v))
    if status < 0:
        return raise_text(TYPE_ERROR, "argument should be integer or bytes-like object, not '", type_name(w), "'", "",
                          "")
    if status == 0 or v < 0 or v > 255:
        return raise_msg(VALUE_ERROR, "byte must be in range(0, 256)")
    c = u8(v)
    return bytes_from_buffer(BYTES_TYPE, addr(c), 1)


def raise_not_bytes_like(w: Word) -> Word:
    return raise_text(TYPE_ERROR, "a bytes-like object is required, not '", type_name(w), "'", "", "")


# -- find, rfind, index, rindex, count --------------------------------------------------------------

def rfind_in(s: Word, sub: Word, lo: i64, hi: i64) -> i64:
    """The offset of the last sub in s's bytes [lo, hi), or -1."""
    m = byte_size(sub)
    k = hi - m
    while k >= lo:
        if memcmp(byte_data(s) + k, byte_data(sub), m) == 0:
            return k
        k -= 1
    return -1


def find_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], reverse: bool,
                must_find: bool) -> Word:
    w = WINDOW
    if not window_args(s, args, n, kwnames, fname, w):
        return cast(Word, 0)
    lo = w.start
    hi = w.end
    sub = needle_of(args[0])
    if not sub:
        return sub
    i: i64 = -1
    if lo <= hi:
        i = rfind_in(s, sub, lo, hi) if reverse else find_in(s, sub, lo, hi)
    if i < 0 and must_find:
        return raise_msg(VALUE_ERROR, "subsection not found")
    return small(i)


def bytes_find(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "find()", False, False)


def bytes_rfind(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "rfind()", True, False)


def bytes_index(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "index()", False, True)


def bytes_rindex(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "rindex()", True, True)


def bytes_count(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    w = WINDOW
    if not window_args(self, args, n, kwnames, "count()", w):
        return cast(Word, 0)
    lo = w.start
    hi = w.end
    sub = needle_of(args[0])
    if not sub:
        return sub
    if lo > hi:
        return small(0)
    m = byte_size(sub)
    if m == 0:
        return small(hi - lo + 1)
    count: i64 = 0
    k = find_in(self, sub, lo, hi)
    while k >= 0:
        count += 1
        k = find_in(self, sub, k + m, hi)
    return small(count)


# -- startswith, endswith --------------------------------------------------------------------------

def matches_at(s: Word, sub: Word, w: Ptr[Window], at_end: bool) -> bool:
    m = byte_size(sub)
    if w.start > w.end or w.end - w.start < m:
        return False
    at = w.end - m if at_end else w.start
    return memcmp(byte_data(s) + at, byte_data(sub), m) == 0


def starts_or_ends(s: Word, args: Ptr[Word], n: i64, kwnames: Word, at_end: bool) -> Word:
    fname = "endswith" if at_end else "startswith"
    w = WINDOW
    if not window_args(s, args, n, kwnames, "endswith()" if at_end else "startswith()", w):
        return cast(Word, 0)
    what = args[0]
    if is_bytes_like(what):
        return bool_word(matches_at(s, what, w, at_end))
    if type_of_value(what) != TUPLE_TYPE:
        return raise_text(TYPE_ERROR, fname, " first arg must be bytes or a tuple of bytes, not ", type_name(what), "",
                          "")
    t = cast(Ptr[Tuple], what)
    for k in range(t.size):
        if not is_bytes_like(t.items[k]):
            return raise_not_bytes_like(t.items[k])
        if matches_at(s, t.items[k], w, at_end):
            return bool_word(True)
    return bool_word(False)


def bytes_startswith(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return starts_or_ends(self, args, n, kwnames, False)


def bytes_endswith(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return starts_or_ends(self, args, n, kwnames, True)


# -- split, rsplit ---------------------------------------------------------------------------------

@inline
def is_ascii_space(c: u8) -> bool:
    return c == 0x20 or (c >= 0x09 and c <= 0x0D)


def append_part(l: Word, s: Word, lo: i64, hi: i64) -> bool:
    part = bytes_copy_of(kind_of(s), s, lo, hi - lo)
    if not part:
        return False
    return list_append(l, part)


def split_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, reverse: bool) -> Word:
    """s.split(sep=None, maxsplit=-1), and rsplit (its parts found from the right)."""
    fname = "rsplit()" if reverse else "split()"
    npos = n - kw_count(kwnames)
    if n > 2:
        return raise_text(TYPE_ERROR, fname, " takes at most 2 arguments (", decimal_text(0, n), " given)", "")
    if not clinic_keywords_used(npos, kwnames, fname, "sep", "maxsplit", ""):
        return cast(Word, 0)
    sep = clinic_argument(args, npos, kwnames, 0, "sep")
    count = clinic_argument(args, npos, kwnames, 1, "maxsplit")
    if sep and type_of_value(sep) == NONE_TYPE:
        sep = cast(Word, 0)
    if sep and not is_bytes_like(sep):
        return raise_not_bytes_like(sep)
    if sep and byte_size(sep) == 0:
        return raise_msg(VALUE_ERROR, "empty separator")
    maxsplit: i64 = -1
    if count and not ssize_arg(count, addr(maxsplit)):
        return cast(Word, 0)
    if maxsplit < 0:
        maxsplit = SSIZE_MAX
    l = list_new(0)
    if not l:
        return l
    ok = split_whitespace(s, l, maxsplit, reverse) if not sep else split_on(s, sep, l, maxsplit, reverse)
    if not ok:
        return cast(Word, 0)
    if reverse:
        list_reverse_in_place(l)
    return l


def split_whitespace(s: Word, l: Word, maxsplit: i64, reverse: bool) -> bool:
    """Runs of ASCII whitespace separate, none kept at either end (reverse: parts from the right)."""
    n = byte_size(s)
    if reverse:
        i = n
        while maxsplit > 0:
            while i > 0 and is_ascii_space(byte_data(s)[i - 1]):
                i -= 1
            if i == 0:
                break
            j = i
            while i > 0 and not is_ascii_space(byte_data(s)[i - 1]):
                i -= 1
            if not append_part(l, s, i, j):
                return False
            maxsplit -= 1
        while i > 0 and is_ascii_space(byte_data(s)[i - 1]):
            i -= 1
        if i > 0:
            return append_part(l, s, 0, i)
        return True
    i: i64 = 0
    while maxsplit > 0:
        while i < n and is_ascii_space(byte_data(s)[i]):
            i += 1
        if i == n:
            break
        j = i
        while i < n and not is_ascii_space(byte_data(s)[i]):
            i += 1
        if not append_part(l, s, j, i):
            return False
        maxsplit -= 1
    while i < n and is_ascii_space(byte_data(s)[i]):
        i += 1
    if i < n:
        return append_part(l, s, i, n)
    return True


def split_on(s: Word, sep: Word, l: Word, maxsplit: i64, reverse: bool) -> bool:
    """Split at each sep (reverse: from the right), maxsplit times at most."""
    m = byte_size(sep)
    lo: i64 = 0
    hi = byte_size(s)
    while maxsplit > 0:
        k = rfind_in(s, sep, lo, hi) if reverse else find_in(s, sep, lo, hi)
        if k < 0:
            break
        if reverse:
            if not append_part(l, s, k + m, hi):
                return False
            hi = k
        else:
            if not append_part(l, s, lo, k):
                return False
            lo = k + m
        maxsplit -= 1
    return append_part(l, s, lo, hi)


def bytes_split(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return split_common(self, args, n, kwnames, False)


def bytes_rsplit(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return split_common(self, args, n, kwnames, True)


# -- join, strip, replace --------------------------------------------------------------------------

def bytes_join(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sep.join(iterable) of bytes-likes."""
    if not no_keywords(kwnames, qualname(self, "join()")):
        return cast(Word, 0)
    if n != 1:
        return raise_text(TYPE_ERROR, qualname(self, "join()"), " takes exactly one argument (", decimal_text(0, n),
                          " given)", "")
    items = args[0]
    t = type_of_value(items)
    if t != LIST_TYPE and t != TUPLE_TYPE:
        if not is_iterable(items):
            return raise_msg(TYPE_ERROR, "can only join an iterable")
        items = list_from_iterable(items)
        if not items:
            return items
    count: i64 = 0
    if type_of_value(items) == LIST_TYPE:
        count = cast(Ptr[List], items).size
    else:
        count = cast(Ptr[Tuple], items).size
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    for k in range(count):
        item = list_array(cast(Ptr[List], items)).items[k] if type_of_value(items) == LIST_TYPE else \
            cast(Ptr[Tuple], items).items[k]
        if not is_bytes_like(item):
            str_builder_free(b)
            return raise_text(TYPE_ERROR, "sequence item ", decimal_text(0, k), ": expected a bytes-like object, ",
                              type_name(item), " found")
        if k > 0:
            str_builder_add_bytes(b, byte_data(self), byte_size(self), 0)
        str_builder_add_bytes(b, byte_data(item), byte_size(item), 0)
    return bytes_from_builder(kind_of(self), b)


def strip_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], left: bool, right: bool) -> Word:
    """s.strip(bytes=None), lstrip, rstrip: ASCII whitespace, or the bytes given."""
    if not positional_count(n, kwnames, qualname(s, fname), fname, 0, 1):
        return cast(Word, 0)
    chars = cast(Word, 0)
    if n == 1 and type_of_value(args[0]) != NONE_TYPE:
        chars = args[0]
        if not is_bytes_like(chars):
            return raise_not_bytes_like(chars)
    lo: i64 = 0
    hi = byte_size(s)
    while left and lo < hi and strips(byte_data(s)[lo], chars):
        lo += 1
    while right and hi > lo and strips(byte_data(s)[hi - 1], chars):
        hi -= 1
    return bytes_copy_of(kind_of(s), s, lo, hi - lo)


def strips(c: u8, chars: Word) -> bool:
    if not chars:
        return is_ascii_space(c)
    return memchr(byte_data(chars), i32(c), byte_size(chars)) != null(u8)


def bytes_strip(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return strip_common(self, args, n, kwnames, "strip", True, True)


def bytes_lstrip(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return strip_common(self, args, n, kwnames, "lstrip", True, False)


def bytes_rstrip(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return strip_common(self, args, n, kwnames, "rstrip", False, True)


def bytes_replace(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.replace(old, new, count=-1, /)."""
    if not positional_count(n, kwnames, qualname(self, "replace"), "replace", 2, 3):
        return cast(Word, 0)
    old = args[0]
    replacement = args[1]
    if not is_bytes_like(old):
        return raise_not_bytes_like(old)
    if not is_bytes_like(replacement):
        return raise_not_bytes_like(replacement)
    count: i64 = -1
    if n == 3 and not ssize_arg(args[2], addr(count)):
        return cast(Word, 0)
    if count < 0:
        count = SSIZE_MAX
    size = byte_size(self)
    m = byte_size(old)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    pos: i64 = 0
    while count > 0:
        k = find_in(self, old, pos, size)
        if k < 0 or (m == 0 and k > size):
            break
        str_builder_add_bytes(b, byte_data(self) + pos, k - pos, 0)
        str_builder_add_bytes(b, byte_data(replacement), byte_size(replacement), 0)
        pos = k + m
        if m == 0:
            if k == size:
                pos = size + 1
                count = 0
                break
            str_builder_add_bytes(b, byte_data(self) + k, 1, 0)      # the byte after an empty match
            pos = k + 1
        count -= 1
    if pos < size:
        str_builder_add_bytes(b, byte_data(self) + pos, size - pos, 0)
    return bytes_from_builder(kind_of(self), b)


# -- case, predicates, hex -------------------------------------------------------------------------

def case_common(s: Word, n: i64, kwnames: Word, fname: Ptr[u8], upper: bool) -> Word:
    if not no_arguments(n, kwnames, qualname(s, fname)):
        return cast(Word, 0)
    size = byte_size(s)
    r = new_like(kind_of(s), size)
    if not r:
        return r
    out = byte_data(r)
    data = byte_data(s)
    for k in range(size):
        c = data[k]
        if upper and c >= 0x61 and c <= 0x7A:
            c -= 0x20
        elif not upper and c >= 0x41 and c <= 0x5A:
            c += 0x20
        out[k] = c
    return r


def bytes_upper(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_common(self, n, kwnames, "upper()", True)


def bytes_lower(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_common(self, n, kwnames, "lower()", False)


PRED_DIGIT = 0
PRED_ALPHA = 1
PRED_ALNUM = 2
PRED_SPACE = 3
PRED_ASCII = 4
PRED_LOWER = 5
PRED_UPPER = 6


@inline
def is_lower_byte(c: u8) -> bool:
    return c >= 0x61 and c <= 0x7A


@inline
def is_upper_byte(c: u8) -> bool:
    return c >= 0x41 and c <= 0x5A


@inline
def is_digit_byte(c: u8) -> bool:
    return c >= 0x30 and c <= 0x39


def holds_for(c: u8, pred: i64) -> bool:
    if pred == PRED_DIGIT:
        return is_digit_byte(c)
    if pred == PRED_ALPHA:
        return is_lower_byte(c) or is_upper_byte(c)
    if pred == PRED_ALNUM:
        return is_lower_byte(c) or is_upper_byte(c) or is_digit_byte(c)
    if pred == PRED_SPACE:
        return is_ascii_space(c)
    return c < 0x80


def predicate(s: Word, n: i64, kwnames: Word, fname: Ptr[u8], pred: i64) -> Word:
    """isdigit() and the rest: every byte is so (and there is one; isascii: true when empty).
    islower, isupper: a cased byte of that case, and none of the other."""
    if not no_arguments(n, kwnames, qualname(s, fname)):
        return cast(Word, 0)
    size = byte_size(s)
    data = byte_data(s)
    if pred == PRED_LOWER or pred == PRED_UPPER:
        seen = False
        for k in range(size):
            if is_lower_byte(data[k]):
                if pred == PRED_UPPER:
                    return bool_word(False)
                seen = True
            elif is_upper_byte(data[k]):
                if pred == PRED_LOWER:
                    return bool_word(False)
                seen = True
        return bool_word(seen)
    for k in range(size):
        if not holds_for(data[k], pred):
            return bool_word(False)
    return bool_word(size > 0 or pred == PRED_ASCII)


def bytes_isdigit(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "isdigit()", PRED_DIGIT)


def bytes_isalpha(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "isalpha()", PRED_ALPHA)


def bytes_isalnum(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "isalnum()", PRED_ALNUM)


def bytes_isspace(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "isspace()", PRED_SPACE)


def bytes_isascii(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "isascii()", PRED_ASCII)


def bytes_islower(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "islower()", PRED_LOWER)


def bytes_isupper(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return predicate(self, n, kwnames, "isupper()", PRED_UPPER)


def bytes_hex(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.hex(): two lowercase hex digits a byte."""
    if n > 0:
        return raise_not_supported(type_name(self), ".hex() with a separator", "")
    size = byte_size(self)
    r = new(Str, 2 * size)
    if not r:
        return cast(Word, 0)
    data = byte_data(self)                       # after new
    for k in range(size):
        repr_write_hex(r.data + 2 * k, i64(data[k]), 2)
    r.length = 2 * size
    return cast(Word, r)


@inline
def hex_value(c: u8) -> i64:
    if c >= 0x30 and c <= 0x39:
        return i64(c) - 0x30
    if c >= 0x61 and c <= 0x66:
        return i64(c) - 0x61 + 10
    if c >= 0x41 and c <= 0x46:
        return i64(c) - 0x41 + 10
    return -1


def fromhex(kind: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """bytes.fromhex(string) and bytearray.fromhex: two hex digits a byte, ASCII whitespace between."""
    if not no_keywords(kwnames, "fromhex()"):
        return cast(Word, 0)
    if n != 1:
        return raise_text(TYPE_ERROR, kind.name, ".fromhex() takes exactly one argument (", decimal_text(0, n), " given)",
                          "")
    s = args[0]
    if not is_str(s):
        return raise_text(TYPE_ERROR, "fromhex() argument must be str, not ", type_name(s), "", "", "")
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    size = as_str(s).nbytes
    i: i64 = 0
    while i < size:
        data = as_str(s).data
        if is_ascii_space(data[i]):
            i += 1
            continue
        top = hex_value(data[i])
        bad = i
        if top >= 0:
            bad = i + 1
            if i + 1 < size and hex_value(data[i + 1]) >= 0:
                v = u8(top * 16 + hex_value(data[i + 1]))
                str_builder_add_bytes(b, addr(v), 1, 0)
                i += 2
                continue
        str_builder_free(b)
        position: i64 = 0                # in code points
        for k in range(bad):
            if (data[k] & 0xC0) != 0x80:
                position += 1
        return raise_text(VALUE_ERROR, "non-hexadecimal number found in fromhex() arg at position ",
                          decimal_text(0, position), "", "", "")
    return bytes_from_builder(kind, b)


def bytes_fromhex(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return fromhex(BYTES_TYPE, args, n, kwnames)


def bytearray_fromhex(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return fromhex(BYTEARRAY_TYPE, args, n, kwnames)


# -- the codecs ------------------------------------------------------------------------------------

def codec_arguments(n: i64, kwnames: Word, fname: Ptr[u8]) -> bool:
    """Check (encoding='utf-8', errors='strict'), as encode() and decode() take them."""
    if n > 2:
        raise_text(TYPE_ERROR, fname, " takes at most 2 arguments (", decimal_text(0, n), " given)", "")
        return False
    return clinic_keywords_used(n - kw_count(kwnames), kwnames, fname, "encoding", "errors", "")


def bytes_decode(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not codec_arguments(n, kwnames, "decode()"):
        return cast(Word, 0)
    npos = n - kw_count(kwnames)
    return decode_bytes(self, clinic_argument(args, npos, kwnames, 0, "encoding"),
                        clinic_argument(args, npos, kwnames, 1, "errors"), "decode")


def str_encode(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not codec_arguments(n, kwnames, "encode()"):
        return cast(Word, 0)
    npos = n - kw_count(kwnames)
    return encode_str(self, clinic_argument(args, npos, kwnames, 0, "encoding"),
                      clinic_argument(args, npos, kwnames, 1, "errors"), "encode")


# -- bytearray's own -------------------------------------------------------------------------------

def exactly_one(self: Word, n: i64, kwnames: Word, fname: Ptr[u8]) -> bool:
    """bytearray.append() takes exactly one argument (0 given)."""
    if not no_keywords(kwnames, qualname(self, fname)):
        return False
    if n != 1:
        raise_text(TYPE_ERROR, qualname(self, fname), " takes exactly one argument (", decimal_text(0, n), " given)", "")
        return False
    return True


def bytearray_append(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not exactly_one(self, n, kwnames, "append()"):
        return cast(Word, 0)
    v: u8 = 0
    if not byte_value(args[0], addr(v), "byte must be in range(0, 256)"):
        return cast(Word, 0)
    size = as_bytearray(self).size
    if not bytearray_reserve(self, size + 1):
        return cast(Word, 0)
    byte_data(self)[size] = v
    as_bytearray(self).size = size + 1
    return none_word()


def bytearray_extend(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not exactly_one(self, n, kwnames, "extend()"):
        return cast(Word, 0)
    x = args[0]
    if not is_bytes_like(x) and not is_iterable(x):
        return raise_text(TYPE_ERROR, "can't extend bytearray with ", type_name(x), "", "", "")
    items = as_bytes_argument(BYTES_TYPE, x)
    if not items:
        return items
    size = as_bytearray(self).size
    if not bytearray_splice(self, size, 0, items, byte_size(items)):
        return cast(Word, 0)
    return none_word()


def bytearray_pop(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "bytearray.pop()", "pop", 0, 1):
        return cast(Word, 0)
    i: i64 = -1
    if n == 1 and not ssize_arg(args[0], addr(i)):
        return cast(Word, 0)
    size = as_bytearray(self).size
    if size == 0:
        return raise_msg(INDEX_ERROR, "pop from empty bytearray")
    if i < 0:
        i += size
    if i < 0 or i >= size:
        return raise_msg(INDEX_ERROR, "pop index out of range")
    v = byte_data(self)[i]
    if not bytearray_splice(self, i, 1, cast(Word, 0), 0):
        return cast(Word, 0)
    return small(i64(v))


def bytearray_insert(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not positional_count(n, kwnames, "bytearray.insert()", "insert", 2, 2):
        return cast(Word, 0)
    i: i64 = 0
    if not ssize_arg(args[0], addr(i)):
        return cast(Word, 0)
    v: u8 = 0
    if not byte_value(args[1], addr(v), "byte must be in range(0, 256)"):
        return cast(Word, 0)
    size = as_bytearray(self).size
    if i < 0:
        i = max(i + size, 0)
    i = min(i, size)
    item = bytes_from_buffer(BYTES_TYPE, addr(v), 1)
    if not item or not bytearray_splice(self, i, 0, item, 1):
        return cast(Word, 0)
    return none_word()


def bytearray_remove(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not exactly_one(self, n, kwnames, "remove()"):
        return cast(Word, 0)
    v: u8 = 0
    if not byte_value(args[0], addr(v), "byte must be in range(0, 256)"):
        return cast(Word, 0)
    size = as_bytearray(self).size
    at = memchr(byte_data(self), i32(v), size)
    if not at:
        return raise_msg(VALUE_ERROR, "value not found in bytearray")
    if not bytearray_splice(self, cast(i64, at) - cast(i64, byte_data(self)), 1, cast(Word, 0), 0):
        return cast(Word, 0)
    return none_word()


def bytearray_clear(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "bytearray.clear()"):
        return cast(Word, 0)
    if not bytearray_resize(self, 0):
        return cast(Word, 0)
    return none_word()


def bytearray_copy(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "bytearray.copy()"):
        return cast(Word, 0)
    return bytes_copy_of(BYTEARRAY_TYPE, self, 0, byte_size(self))


def bytearray_reverse(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "bytearray.reverse()"):
        return cast(Word, 0)
    data = byte_data(self)
    size = as_bytearray(self).size
    for k in range(size // 2):
        c = data[k]
        data[k] = data[size - 1 - k]
        data[size - 1 - k] = c
    return none_word()


# -- int.from_bytes, int.to_bytes ------------------------------------------------------------------

def byteorder_is_little(order: Word, fname: Ptr[u8], out: Ptr[bool]) -> bool:
    """The byteorder argument (null: 'big') into *out; False after raising CPython's errors."""
    if not order:
        out[0] = False
        return True
    if not is_str(order):
        raise_text(TYPE_ERROR, fname, " argument 'byteorder' must be str, not ", type_name(order), "", "")
        return False
    if name_is(order, "little") or name_is(order, "big"):
        out[0] = name_is(order, "little")
        return True
    raise_msg(VALUE_ERROR, "byteorder must be either 'little' or 'big'")
    return False


def int_bytes_arguments(n: i64, kwnames: Word, fname: Ptr[u8], first: Ptr[u8]) -> bool:
    """(first, byteorder='big', *, signed=False), as from_bytes and to_bytes take them."""
    npos = n - kw_count(kwnames)
    if npos > 2:
        raise_text(TYPE_ERROR, fname, " takes at most 2 positional arguments (", decimal_text(0, npos), " given)", "")
        return False
    return clinic_keywords_used(npos, kwnames, fname, first, "byteorder", "signed")


def signed_argument(args: Ptr[Word], npos: i64, kwnames: Word) -> i64:
    """The keyword signed=False: 1 or 0; -1 after raising."""
    flag = clinic_argument(args, npos, kwnames, 2, "signed")
    if not flag:
        return 0
    return truthy(flag)


def int_from_bytes(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """int.from_bytes(bytes, byteorder='big', *, signed=False)."""
    if not int_bytes_arguments(n, kwnames, "from_bytes()", "bytes"):
        return cast(Word, 0)
    npos = n - kw_count(kwnames)
    source = clinic_argument(args, npos, kwnames, 0, "bytes")
    if not source:
        return raise_msg(TYPE_ERROR, "from_bytes() missing required argument 'bytes' (pos 1)")
    little = False
    if not byteorder_is_little(clinic_argument(args, npos, kwnames, 1, "byteorder"), "from_bytes()", addr(little)):
        return cast(Word, 0)
    signed = signed_argument(args, npos, kwnames)
    if signed < 0:
        return cast(Word, 0)
    if not is_bytes_like(source):
        if is_str(source) or not is_iterable(source):
            return raise_text(TYPE_ERROR, "cannot convert '", type_name(source), "' object to bytes", "", "")
        source = bytes_from_iterable(BYTES_TYPE, source)
        if not source:
            return source
    size = byte_size(source)
    value = small(0)
    for k in range(size):
        at = size - 1 - k if little else k
        value = int_mul(value, small(256))
        if value:
            value = int_add(value, small(i64(byte_data(source)[at])))
        if not value:
            return value
    if signed == 1 and size > 0 and byte_data(source)[size - 1 if little else 0] >= 0x80:
        limit = int_lshift(small(1), small(8 * size))
        if not limit:
            return limit
        return int_sub(value, limit)
    return value


def int_to_bytes(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """i.to_bytes(length=1, byteorder='big', *, signed=False)."""
    if not int_bytes_arguments(n, kwnames, "to_bytes()", "length"):
        return cast(Word, 0)
    npos = n - kw_count(kwnames)
    length: i64 = 1
    given = clinic_argument(args, npos, kwnames, 0, "length")
    if given and not ssize_arg(given, addr(length)):
        return cast(Word, 0)
    if length < 0:
        return raise_msg(VALUE_ERROR, "length argument must be non-negative")
    little = False
    if not byteorder_is_little(clinic_argument(args, npos, kwnames, 1, "byteorder"), "to_bytes()", addr(little)):
        return cast(Word, 0)
    signed = signed_argument(args, npos, kwnames)
    if signed < 0:
        return cast(Word, 0)
    value = self
    negative = int_compare(value, small(0)) < 0
    if negative and signed == 0:
        return raise_msg(OVERFLOW_ERROR, "can't convert negative int to unsigned")
    bits, too_long = mul_ovf(length, 8)
    if too_long or length > BYTES_MAX // 8:
        return raise_memory_error()
    limit = int_lshift(small(1), small(bits - signed))      # what the result holds, the sign apart
    if not limit:
        return limit
    if (negative and int_compare(int_neg(value), limit) > 0) or (not negative and int_compare(value, limit) >= 0):
        return raise_msg(OVERFLOW_ERROR, "int too big to convert")
    if negative:                                            # two's complement
        value = int_add(value, int_lshift(small(1), small(bits)))
        if not value:
            return value
    r = bytes_new(length)
    if not r:
        return r
    for k in range(length):
        at = k if little else length - 1 - k
        digit = int_mod(value, small(256))
        if not digit:
            return digit
        byte_data(r)[at] = u8(small_value(digit))
        value = int_floordiv(value, small(256))
        if not value:
            return value
    return r
