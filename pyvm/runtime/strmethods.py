"""The methods of str that search, split, join, strip, pad and replace text (CPython 3.11's
Objects/unicodeobject.c and stringlib), with its argument checks and messages. The case mappings and
the is...() predicates are in strcase.py, format() and format_map() in strformat.py.

strs are UTF-8 (strobj.py), and a valid UTF-8 needle only matches a haystack at a code point
boundary, so searching compares bytes; indices given or returned are code points, converted at the
edges (ASCII text, whose bytes are its code points, skips the conversions).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import unwrap, call_unwrapped
from pyvm.runtime.object import BuiltinFunction, Type, small, none_word, bool_word, has_type, add_method
from pyvm.runtime.strobj import (Str, as_str, str_byte_offset, str_substring, str_empty, utf8_decode,
                                 utf8_sequence_length, str_from_code_point, memcpy, memcmp, STR_MAX_BYTES)
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.listobj import List, list_new, list_append, list_array
from pyvm.runtime.dictobj import DICT_TYPE, dict_new, dict_set, dict_len, dict_key_at, dict_value_at
from pyvm.runtime.strbuilder import StrBuilder, str_builder_new, str_builder_add_bytes, str_builder_add_str
from pyvm.runtime.formatting import add_code_point, finish
from pyvm.runtime.unicodedb import is_space, is_linebreak
from pyvm.runtime.errors import (raise_msg, raise_text, raise_memory_error, decimal_text, clear, pending, TYPE_ERROR,
                                 VALUE_ERROR, OVERFLOW_ERROR, LOOKUP_ERROR)
from pyvm.runtime.ops import (type_name, type_of_value, is_subtype, index_value, is_int, get_iter, list_from_iterable,
                              getitem, STR_TYPE, TUPLE_TYPE, LIST_TYPE, NONE_TYPE)
from pyvm.runtime.builtins import (no_keywords, no_arguments, one_argument, raise_arg_count, clinic_argument,
                                   clinic_keywords_used, kw_count, ssize_arg, index_arg, list_reverse_in_place,
                                   positional_count)
from pyvm.runtime.intobj import int_compare

SSIZE_MAX = 0x7FFFFFFFFFFFFFFF


@extern
def memmem(haystack: Ptr[u8], hn: i64, needle: Ptr[u8], nn: i64) -> Ptr[u8]: ...


# -- code points and bytes -----------------------------------------------------------------------------

def code_points_in(data: Ptr[u8], n: i64) -> i64:
    """The code points in n bytes of UTF-8."""
    count: i64 = 0
    for k in range(n):
        if (data[k] & 0xC0) != 0x80:
            count += 1
    return count


@inline
def previous_start(data: Ptr[u8], pos: i64) -> i64:
    """The byte offset of the code point that ends at pos."""
    pos -= 1
    while (data[pos] & 0xC0) == 0x80:
        pos -= 1
    return pos


def bytes_of(s: Word, lo: i64, hi: i64) -> Word:
    """The str of s's bytes [lo, hi) (code point boundaries): s itself when that is all of it."""
    p = as_str(s)
    if lo == 0 and hi == p.nbytes:
        return s
    if hi <= lo:
        return str_empty()
    length = hi - lo
    if p.length != p.nbytes:
        length = code_points_in(p.data + lo, hi - lo)
    return str_substring(s, lo, hi - lo, length)


def append_bytes_of(l: Word, s: Word, lo: i64, hi: i64) -> bool:
    """Append s's bytes [lo, hi) to the list l as a str; False after raising."""
    part = bytes_of(s, lo, hi)
    if not part:
        return False
    return list_append(l, part)


def find_bytes(s: Word, sub: Word, lo: i64, hi: i64) -> i64:
    """The byte offset of the first sub in s's bytes [lo, hi), or -1."""
    q = as_str(sub)
    if hi - lo < q.nbytes:
        return -1
    if q.nbytes == 0:
        return lo
    data = as_str(s).data
    r = memmem(data + lo, hi - lo, q.data, q.nbytes)
    if not r:
        return -1
    return cast(i64, r) - cast(i64, data)


def rfind_bytes(s: Word, sub: Word, lo: i64, hi: i64) -> i64:
    """The byte offset of the last sub in s's bytes [lo, hi), or -1."""
    q = as_str(sub)
    data = as_str(s).data
    k = hi - q.nbytes
    while k >= lo:
        if q.nbytes == 0 or (data[k] == q.data[0] and memcmp(data + k, q.data, q.nbytes) == 0):
            return k
        k -= 1
    return -1


# -- argument checks ----------------------------------------------------------------------------------

def raise_not_str(w: Word, a: Ptr[u8], b: Ptr[u8]) -> Word:
    """TypeError(a + "must be str" + b + ", not T")."""
    return raise_text(TYPE_ERROR, a, "must be str", b, ", not ", type_name(w))


@inline
def is_str_word(w: Word) -> bool:
    return has_type(w, STR_TYPE)


class Window(Struct):
    start: i64                 # code points, as CPython's ADJUST_INDICES leaves them
    end: i64
    lo: i64                    # their bytes, when start <= end
    hi: i64


# The window of the call being checked: read before anything else can check another.
WINDOW = static(Window)


def slice_bound(w: Word, out: Ptr[i64]) -> bool:
    """A start or end argument (None: keep *out; huge ints clamp); False after TypeError."""
    if type_of_value(w) == NONE_TYPE:
        return True
    v: i64 = 0
    status = index_value(w, addr(v))
    if status < 0:
        if status == -1:
            raise_msg(TYPE_ERROR, "slice indices must be integers or None or have an __index__ method")
        return False
    if status == 0:
        v = -SSIZE_MAX if int_compare(w, small(0)) < 0 else SSIZE_MAX
    out[0] = v
    return True


def window_args(s: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], qualname: Ptr[u8],
                w: Ptr[Window]) -> bool:
    """The (sub, start=None, end=None) arguments of find, count, startswith and the rest, the window
    adjusted as CPython does (start may stay past the end); False after raising."""
    if not window_bounds(args, n, kwnames, fname, qualname, as_str(s).length, w):
        return False
    if w.start <= w.end:
        w.lo = str_byte_offset(s, w.start)
        w.hi = str_byte_offset(s, w.end)
    return True


def window_bounds(args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], qualname: Ptr[u8], length: i64,
                  w: Ptr[Window]) -> bool:
    """window_args' start and end in a sequence of length items (bytes share it)."""
    if not no_keywords(kwnames, qualname):
        return False
    if n < 1:
        raise_text(TYPE_ERROR, fname, " takes at least 1 argument (", decimal_text(0, n), " given)", "")
        return False
    if n > 3:
        raise_text(TYPE_ERROR, fname, " takes at most 3 arguments (", decimal_text(0, n), " given)", "")
        return False
    start: i64 = 0
    end: i64 = SSIZE_MAX
    if n >= 2 and not slice_bound(args[1], addr(start)):
        return False
    if n >= 3 and not slice_bound(args[2], addr(end)):
        return False
    if end > length:
        end = length
    elif end < 0:
        end = max(end + length, 0)
    if start < 0:
        start = max(start + length, 0)
    w.start = start
    w.end = end
    return True


# -- find, rfind, index, rindex, count -------------------------------------------------------------------

def find_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], qualname: Ptr[u8],
                reverse: bool, must_find: bool) -> Word:
    """s.find(...) (reverse: rfind; must_find: index, rindex)."""
    w = WINDOW
    if not window_args(s, args, n, kwnames, fname, qualname, w):
        return cast(Word, 0)
    sub = unwrap(args[0])
    if not is_str_word(sub):
        return raise_not_str(args[0], "", "")
    i: i64 = -1
    if w.start <= w.end:
        k: i64 = 0
        if reverse:
            k = rfind_bytes(s, sub, w.lo, w.hi)
        else:
            k = find_bytes(s, sub, w.lo, w.hi)
        if k >= 0:
            i = w.start + code_points_in(as_str(s).data + w.lo, k - w.lo)
    if i < 0 and must_find:
        return raise_msg(VALUE_ERROR, "substring not found")
    return small(i)


def str_find(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "find()", "str.find()", False, False)


def str_rfind(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "rfind()", "str.rfind()", True, False)


def str_index(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "index()", "str.index()", False, True)


def str_rindex(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return find_common(self, args, n, kwnames, "rindex()", "str.rindex()", True, True)


def str_count(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    w = WINDOW
    if not window_args(self, args, n, kwnames, "count()", "str.count()", w):
        return cast(Word, 0)
    sub = unwrap(args[0])
    if not is_str_word(sub):
        return raise_not_str(args[0], "", "")
    if w.start > w.end:
        return small(0)
    if as_str(sub).nbytes == 0:
        return small(w.end - w.start + 1)
    count: i64 = 0
    k = find_bytes(self, sub, w.lo, w.hi)
    while k >= 0:
        count += 1
        k = find_bytes(self, sub, k + as_str(sub).nbytes, w.hi)
    return small(count)


# -- startswith, endswith --------------------------------------------------------------------------------

def matches_at(s: Word, sub: Word, w: Ptr[Window], at_end: bool) -> bool:
    """sub is at the start (at_end: the end) of s's window."""
    if w.start > w.end:
        return False
    q = as_str(sub)
    if w.hi - w.lo < q.nbytes:
        return False
    at = w.lo
    if at_end:
        at = w.hi - q.nbytes
    return memcmp(as_str(s).data + at, q.data, q.nbytes) == 0


def starts_or_ends(s: Word, args: Ptr[Word], n: i64, kwnames: Word, at_end: bool) -> Word:
    fname = "endswith" if at_end else "startswith"
    w = WINDOW
    ok = False
    if at_end:
        ok = window_args(s, args, n, kwnames, "endswith()", "str.endswith()", w)
    else:
        ok = window_args(s, args, n, kwnames, "startswith()", "str.startswith()", w)
    if not ok:
        return cast(Word, 0)
    what = unwrap(args[0])
    if is_str_word(what):
        return bool_word(matches_at(s, what, w, at_end))
    if type_of_value(what) != TUPLE_TYPE:
        return raise_text(TYPE_ERROR, fname, " first arg must be str or a tuple of str, not ", type_name(args[0]), "", "")
    t = cast(Ptr[Tuple], what)
    for k in range(t.size):
        if not is_str_word(unwrap(t.items[k])):
            return raise_text(TYPE_ERROR, "tuple for ", fname, " must only contain str, not ", type_name(t.items[k]),
                              "")
        if matches_at(s, unwrap(t.items[k]), w, at_end):
            return bool_word(True)
    return bool_word(False)


def str_startswith(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return starts_or_ends(self, args, n, kwnames, False)


def str_endswith(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return starts_or_ends(self, args, n, kwnames, True)


# -- split, rsplit, splitlines ------------------------------------------------------------------------------

def split_args(args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], maxsplit: Ptr[i64]) -> Word:
    """The (sep=None, maxsplit=-1) arguments: sep (None for whitespace), or the null Word after raising."""
    npos = n - kw_count(kwnames)
    if n > 2:                   # Argument Clinic counts keywords too
        return raise_text(TYPE_ERROR, fname, " takes at most 2 arguments (", decimal_text(0, n), " given)", "")
    if not clinic_keywords_used(npos, kwnames, fname, "sep", "maxsplit", ""):
        return cast(Word, 0)
    sep = unwrap(clinic_argument(args, npos, kwnames, 0, "sep"))
    count = clinic_argument(args, npos, kwnames, 1, "maxsplit")
    if not sep:
        sep = none_word()
    if type_of_value(sep) != NONE_TYPE:
        if not is_str_word(sep):
            return raise_not_str(sep, "", " or None")
        if as_str(sep).nbytes == 0:
            return raise_msg(VALUE_ERROR, "empty separator")
    maxsplit[0] = -1
    if count and not ssize_arg(count, maxsplit):
        return cast(Word, 0)
    if maxsplit[0] < 0:
        maxsplit[0] = SSIZE_MAX
    return sep


def split_whitespace(s: Word, l: Word, maxsplit: i64) -> bool:
    """CPython's split_whitespace: runs of whitespace separate, none at either end."""
    n = as_str(s).nbytes
    i: i64 = 0
    while maxsplit > 0:
        while i < n and is_space(utf8_decode(as_str(s).data + i)):
            i += utf8_sequence_length(as_str(s).data[i])
        if i == n:
            break
        j = i
        while i < n and not is_space(utf8_decode(as_str(s).data + i)):
            i += utf8_sequence_length(as_str(s).data[i])
        if not append_bytes_of(l, s, j, i):
            return False
        maxsplit -= 1
    while i < n and is_space(utf8_decode(as_str(s).data + i)):
        i += utf8_sequence_length(as_str(s).data[i])
    if i < n:
        return append_bytes_of(l, s, i, n)
    return True


def rsplit_whitespace(s: Word, l: Word, maxsplit: i64) -> bool:
    """split_whitespace from the right, the parts appended last first."""
    i = as_str(s).nbytes
    while maxsplit > 0:
        while i > 0 and is_space(utf8_decode(as_str(s).data + previous_start(as_str(s).data, i))):
            i = previous_start(as_str(s).data, i)
        if i == 0:
            break
        j = i
        while i > 0 and not is_space(utf8_decode(as_str(s).data + previous_start(as_str(s).data, i))):
            i = previous_start(as_str(s).data, i)
        if not append_bytes_of(l, s, i, j):
            return False
        maxsplit -= 1
    while i > 0 and is_space(utf8_decode(as_str(s).data + previous_start(as_str(s).data, i))):
        i = previous_start(as_str(s).data, i)
    if i > 0:
        return append_bytes_of(l, s, 0, i)
    return True


def split_on(s: Word, sep: Word, l: Word, maxsplit: i64, reverse: bool) -> bool:
    n = as_str(s).nbytes
    seplen = as_str(sep).nbytes
    if reverse:
        j = n
        while maxsplit > 0:
            k = rfind_bytes(s, sep, 0, j)
            if k < 0:
                break
            if not append_bytes_of(l, s, k + seplen, j):
                return False
            j = k
            maxsplit -= 1
        return append_bytes_of(l, s, 0, j)
    i: i64 = 0
    while maxsplit > 0:
        k = find_bytes(s, sep, i, n)
        if k < 0:
            break
        if not append_bytes_of(l, s, i, k):
            return False
        i = k + seplen
        maxsplit -= 1
    return append_bytes_of(l, s, i, n)


def split_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, reverse: bool) -> Word:
    maxsplit: i64 = 0
    sep = split_args(args, n, kwnames, "rsplit()" if reverse else "split()", addr(maxsplit))
    if not sep:
        return sep
    l = list_new(0)
    if not l:
        return l
    ok = False
    if type_of_value(sep) == NONE_TYPE:
        if reverse:
            ok = rsplit_whitespace(s, l, maxsplit)
        else:
            ok = split_whitespace(s, l, maxsplit)
    else:
        ok = split_on(s, sep, l, maxsplit, reverse)
    if not ok:
        return cast(Word, 0)
    if reverse:
        list_reverse_in_place(l)
    return l


def str_split(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return split_common(self, args, n, kwnames, False)


def str_rsplit(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return split_common(self, args, n, kwnames, True)


def int_flag(w: Word, out: Ptr[bool]) -> bool:
    """An argument CPython reads as a C int and tests for nonzero; False after raising."""
    v: i64 = 0
    status = index_arg(w, addr(v))
    if status < 0:
        return False
    if status == 0 or v > 0x7FFFFFFF or v < -0x80000000:
        raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C int")
        return False
    out[0] = v != 0
    return True


def str_splitlines(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.splitlines(keepends=False): \\n, \\r, \\r\\n and the other Unicode line boundaries."""
    npos = n - kw_count(kwnames)
    if n > 1:
        return raise_text(TYPE_ERROR, "splitlines() takes at most 1 argument (", decimal_text(0, n), " given)",
                          "", "")
    if not clinic_keywords_used(npos, kwnames, "splitlines()", "keepends", "", ""):
        return cast(Word, 0)
    keep = False
    flag = clinic_argument(args, npos, kwnames, 0, "keepends")
    if flag and not int_flag(flag, addr(keep)):
        return cast(Word, 0)
    l = list_new(0)
    if not l:
        return l
    size = as_str(self).nbytes
    i: i64 = 0
    while i < size:
        j = i
        while i < size and not is_linebreak(utf8_decode(as_str(self).data + i)):
            i += utf8_sequence_length(as_str(self).data[i])
        eol = i
        if i < size:
            if as_str(self).data[i] == 0x0D and i + 1 < size and as_str(self).data[i + 1] == 0x0A:
                i += 2
            else:
                i += utf8_sequence_length(as_str(self).data[i])
            if keep:
                eol = i
        if not append_bytes_of(l, self, j, eol):
            return cast(Word, 0)
    return l


# -- partition, rpartition ------------------------------------------------------------------------------

def partition_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, reverse: bool) -> Word:
    ok = False
    if reverse:
        ok = one_argument(args, n, kwnames, "str.rpartition()")
    else:
        ok = one_argument(args, n, kwnames, "str.partition()")
    if not ok:
        return cast(Word, 0)
    sep = unwrap(args[0])
    if not is_str_word(sep):
        return raise_not_str(args[0], "", "")
    if as_str(sep).nbytes == 0:
        return raise_msg(VALUE_ERROR, "empty separator")
    t = tuple_new(3)
    if not t:
        return t
    size = as_str(s).nbytes
    k: i64 = 0
    if reverse:
        k = rfind_bytes(s, sep, 0, size)
    else:
        k = find_bytes(s, sep, 0, size)
    empty = str_empty()
    if not empty:
        return empty
    if k < 0:
        cast(Ptr[Tuple], t).items[1] = empty
        cast(Ptr[Tuple], t).items[0 if reverse else 2] = empty
        cast(Ptr[Tuple], t).items[2 if reverse else 0] = s
        return t
    cast(Ptr[Tuple], t).items[1] = sep
    head = bytes_of(s, 0, k)
    if not head:
        return head
    cast(Ptr[Tuple], t).items[0] = head
    tail = bytes_of(s, k + as_str(sep).nbytes, size)
    if not tail:
        return tail
    cast(Ptr[Tuple], t).items[2] = tail
    return t


def str_partition(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return partition_common(self, args, n, kwnames, False)


def str_rpartition(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return partition_common(self, args, n, kwnames, True)


# -- join ---------------------------------------------------------------------------------------------------

def str_join(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sep.join(iterable): the strs of iterable, sep between them."""
    if not one_argument(args, n, kwnames, "str.join()"):
        return cast(Word, 0)
    items = args[0]
    t = type_of_value(items)
    if t != LIST_TYPE and t != TUPLE_TYPE:
        it = get_iter(items)
        if not it:
            if is_subtype(type_of_value(pending), TYPE_ERROR):
                clear()
                raise_msg(TYPE_ERROR, "can only join an iterable")
            return it
        items = list_from_iterable(it)
        if not items:
            return items
    count: i64 = 0
    if type_of_value(items) == LIST_TYPE:
        count = cast(Ptr[List], items).size
    else:
        count = cast(Ptr[Tuple], items).size
    if count == 0:
        return str_empty()
    nbytes, too_long = mul_ovf(as_str(self).nbytes, count - 1)
    if too_long:
        return raise_memory_error()
    length: i64 = as_str(self).length * (count - 1)
    for k in range(count):
        item = join_item(items, k)
        if not is_str_word(item):
            return raise_text(TYPE_ERROR, "sequence item ", decimal_text(0, k), ": expected str instance, ",
                              type_name(item), " found")
        nbytes += as_str(item).nbytes
        length += as_str(item).length
        if nbytes > STR_MAX_BYTES:
            return raise_memory_error()
    if count == 1:
        return join_item(items, 0)
    r = new(Str, nbytes)
    if not r:
        return cast(Word, 0)
    at: i64 = 0
    sep = as_str(self)
    for k in range(count):
        if k > 0:
            memcpy(r.data + at, sep.data, sep.nbytes)
            at += sep.nbytes
        p = as_str(join_item(items, k))
        memcpy(r.data + at, p.data, p.nbytes)
        at += p.nbytes
    r.length = length
    return cast(Word, r)


@inline
def join_item(items: Word, k: i64) -> Word:
    """Item k of a list or tuple; a str subclass's value."""
    if type_of_value(items) == LIST_TYPE:
        return unwrap(list_array(cast(Ptr[List], items)).items[k])
    return unwrap(cast(Ptr[Tuple], items).items[k])


# -- strip, lstrip, rstrip --------------------------------------------------------------------------------

def in_chars(chars: Word, cp: i64) -> bool:
    """cp is one of the code points of the str chars (the null Word: whitespace)."""
    if not chars:
        return is_space(cp)
    p = as_str(chars)
    pos: i64 = 0
    while pos < p.nbytes:
        if utf8_decode(p.data + pos) == cp:
            return True
        pos += utf8_sequence_length(p.data[pos])
    return False


def strip_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, left: bool, right: bool, fname: Ptr[u8],
                 qualname: Ptr[u8]) -> Word:
    if not positional_count(n, kwnames, qualname, fname, 0, 1):
        return cast(Word, 0)
    chars = cast(Word, 0)
    if n == 1 and type_of_value(args[0]) != NONE_TYPE:
        chars = unwrap(args[0])
        if not is_str_word(chars):
            return raise_text(TYPE_ERROR, fname, " arg must be None or str", "", "", "")
    p = as_str(s)
    lo: i64 = 0
    hi = p.nbytes
    if left:
        while lo < hi and in_chars(chars, utf8_decode(p.data + lo)):
            lo += utf8_sequence_length(p.data[lo])
    if right:
        while hi > lo and in_chars(chars, utf8_decode(p.data + previous_start(p.data, hi))):
            hi = previous_start(p.data, hi)
    return bytes_of(s, lo, hi)


def str_strip(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return strip_common(self, args, n, kwnames, True, True, "strip", "str.strip()")


def str_lstrip(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return strip_common(self, args, n, kwnames, True, False, "lstrip", "str.lstrip()")


def str_rstrip(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return strip_common(self, args, n, kwnames, False, True, "rstrip", "str.rstrip()")


def remove_affix(s: Word, args: Ptr[Word], n: i64, kwnames: Word, suffix: bool) -> Word:
    """s.removeprefix(x) (suffix: s.removesuffix(x))."""
    ok = False
    if suffix:
        ok = one_argument(args, n, kwnames, "str.removesuffix()")
    else:
        ok = one_argument(args, n, kwnames, "str.removeprefix()")
    if not ok:
        return cast(Word, 0)
    if not is_str_word(args[0]):
        return raise_not_str(args[0], "removesuffix() argument " if suffix else "removeprefix() argument ", "")
    q = as_str(args[0])
    p = as_str(s)
    if q.nbytes == 0 or q.nbytes > p.nbytes:
        return s
    at = p.nbytes - q.nbytes if suffix else 0
    if memcmp(p.data + at, q.data, q.nbytes) != 0:
        return s
    if suffix:
        return bytes_of(s, 0, at)
    return bytes_of(s, q.nbytes, p.nbytes)


def str_removeprefix(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return remove_affix(self, args, n, kwnames, False)


def str_removesuffix(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return remove_affix(self, args, n, kwnames, True)


# -- replace ------------------------------------------------------------------------------------------------

def str_replace(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.replace(old, new, count=-1, /)."""
    if not positional_count(n, kwnames, "str.replace()", "replace", 2, 3):
        return cast(Word, 0)
    if unwrap(args[0]) != args[0] or unwrap(args[1]) != args[1]:
        return call_unwrapped(str_replace, self, args, n)         # str subclasses: their values
    if not is_str_word(args[0]):
        return raise_not_str(args[0], "replace() argument 1 ", "")
    if not is_str_word(args[1]):
        return raise_not_str(args[1], "replace() argument 2 ", "")
    count: i64 = -1
    if n == 3 and not ssize_arg(args[2], addr(count)):
        return cast(Word, 0)
    if count < 0:
        count = SSIZE_MAX
    size = as_str(self).nbytes
    oldlen = as_str(args[0]).nbytes
    if count == 0 or (oldlen > 0 and find_bytes(self, args[0], 0, size) < 0):
        return self
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    i: i64 = 0
    if oldlen == 0:
        # The new text before each code point (count times), and at the end if count allows.
        while count > 0 and i <= size:
            str_builder_add_str(b, args[1])
            count -= 1
            if i == size:
                i += 1
                break
            step = utf8_sequence_length(as_str(self).data[i])
            str_builder_add_bytes(b, as_str(self).data + i, step, 1)
            i += step
        if i < size:
            str_builder_add_bytes(b, as_str(self).data + i, size - i, code_points_in(as_str(self).data + i, size - i))
        return finish(b, True)
    while count > 0:
        k = find_bytes(self, args[0], i, size)
        if k < 0:
            break
        str_builder_add_bytes(b, as_str(self).data + i, k - i, code_points_in(as_str(self).data + i, k - i))
        str_builder_add_str(b, args[1])
        i = k + oldlen
        count -= 1
    str_builder_add_bytes(b, as_str(self).data + i, size - i, code_points_in(as_str(self).data + i, size - i))
    return finish(b, True)


# -- center, ljust, rjust, zfill, expandtabs --------------------------------------------------------------------

def padded(s: Word, left: i64, right: i64, fill: i64) -> Word:
    """s with left and right copies of the code point fill around it."""
    if left <= 0 and right <= 0:
        return s
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    add_code_point(b, fill, left)
    str_builder_add_str(b, s)
    add_code_point(b, fill, right)
    return finish(b, True)


def pad_common(s: Word, args: Ptr[Word], n: i64, kwnames: Word, how: i64, fname: Ptr[u8], qualname: Ptr[u8]) -> Word:
    """center (how 0), ljust (1), rjust (2): (width, fillchar=' ', /)."""
    if not positional_count(n, kwnames, qualname, fname, 1, 2):
        return cast(Word, 0)
    width: i64 = 0
    if not ssize_arg(args[0], addr(width)):
        return cast(Word, 0)
    fill: i64 = 0x20
    if n == 2:
        if not is_str_word(args[1]):
            return raise_text(TYPE_ERROR, "The fill character must be a unicode character, not ", type_name(args[1]),
                              "", "", "")
        if as_str(args[1]).length != 1:
            return raise_msg(TYPE_ERROR, "The fill character must be exactly one character long")
        fill = utf8_decode(as_str(args[1]).data)
    margin = width - as_str(s).length
    if margin <= 0:
        return s
    if how == 1:
        return padded(s, 0, margin, fill)
    if how == 2:
        return padded(s, margin, 0, fill)
    left = margin // 2 + (margin & width & 1)
    return padded(s, left, margin - left, fill)


def str_center(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return pad_common(self, args, n, kwnames, 0, "center", "str.center()")


def str_ljust(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return pad_common(self, args, n, kwnames, 1, "ljust", "str.ljust()")


def str_rjust(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return pad_common(self, args, n, kwnames, 2, "rjust", "str.rjust()")


def str_zfill(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.zfill(width): zeros on the left, after a leading sign."""
    if not one_argument(args, n, kwnames, "str.zfill()"):
        return cast(Word, 0)
    width: i64 = 0
    if not ssize_arg(args[0], addr(width)):
        return cast(Word, 0)
    margin = width - as_str(self).length
    if margin <= 0:
        return self
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    p = as_str(self)
    rest: i64 = 0
    if p.nbytes > 0 and (p.data[0] == 0x2B or p.data[0] == 0x2D):
        str_builder_add_bytes(b, p.data, 1, 1)
        rest = 1
    add_code_point(b, 0x30, margin)
    p = as_str(self)
    str_builder_add_bytes(b, p.data + rest, p.nbytes - rest, p.length - rest)
    return finish(b, True)


def str_expandtabs(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.expandtabs(tabsize=8): each tab becomes the spaces to the next column that is a multiple of
    tabsize; columns restart after \\n and \\r."""
    npos = n - kw_count(kwnames)
    if n > 1:
        return raise_text(TYPE_ERROR, "expandtabs() takes at most 1 argument (", decimal_text(0, n), " given)",
                          "", "")
    if not clinic_keywords_used(npos, kwnames, "expandtabs()", "tabsize", "", ""):
        return cast(Word, 0)
    tabsize: i64 = 8
    w = clinic_argument(args, npos, kwnames, 0, "tabsize")
    if w:
        status = index_arg(w, addr(tabsize))
        if status < 0:
            return cast(Word, 0)
        if status == 0 or tabsize > 0x7FFFFFFF or tabsize < -0x80000000:
            return raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C int")
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    column: i64 = 0
    pos: i64 = 0
    while pos < as_str(self).nbytes:
        p = as_str(self)
        c = p.data[pos]
        step = utf8_sequence_length(c)
        if c == 0x09:
            if tabsize > 0:
                spaces = tabsize - column % tabsize
                add_code_point(b, 0x20, spaces)
                column += spaces
        else:
            str_builder_add_bytes(b, p.data + pos, step, 1)
            column += 1
            if c == 0x0A or c == 0x0D:
                column = 0
        pos += step
    return finish(b, True)


# -- translate, maketrans -----------------------------------------------------------------------------------

def translate_one(b: Ptr[StrBuilder], table: Word, cp: i64) -> bool:
    """Append what table maps cp to (itself when the lookup raises LookupError); False after raising."""
    r = getitem(table, small(cp))
    if not r:
        if is_subtype(type_of_value(pending), LOOKUP_ERROR):
            clear()
            add_code_point(b, cp, 1)
            return True
        return False
    t = type_of_value(r)
    if t == NONE_TYPE:
        return True
    if is_str_word(r):
        str_builder_add_str(b, r)
        return True
    v: i64 = 0
    status = index_value(r, addr(v))
    if status < 0:
        if status == -1:
            raise_msg(TYPE_ERROR, "character mapping must return integer, None or str")
        return False
    if status == 0 or v < 0 or v > 0x10FFFF:
        raise_msg(VALUE_ERROR, "character mapping must be in range(0x110000)")
        return False
    add_code_point(b, v, 1)
    return True


def str_translate(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "str.translate()"):
        return cast(Word, 0)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    pos: i64 = 0
    ok = True
    while ok and pos < as_str(self).nbytes:
        cp = utf8_decode(as_str(self).data + pos)
        pos += utf8_sequence_length(as_str(self).data[pos])
        ok = translate_one(b, args[0], cp)
    return finish(b, ok)


def maketrans_dict(x: Word) -> Word:
    """str.maketrans(dict): its keys as ints (one-character strs by their code point)."""
    d = dict_new()
    if not d:
        return d
    for k in range(dict_len(x)):
        key = dict_key_at(x, k)
        if not key:
            continue
        if is_str_word(key):
            if as_str(key).length != 1:
                return raise_msg(VALUE_ERROR, "string keys in translate table must be of length 1")
            key = small(utf8_decode(as_str(key).data))
        elif not is_int(key):                   # an int, not anything with __index__ (CPython's PyLong_Check)
            return raise_msg(TYPE_ERROR, "keys in translate table must be strings or integers")
        if not dict_set(d, key, dict_value_at(x, k)):
            return cast(Word, 0)
    return d


def str_maketrans(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """str.maketrans(x, y=None, z=None, /): a dict for str.translate."""
    if not positional_count(n, kwnames, "str.maketrans()", "maketrans", 1, 3):
        return cast(Word, 0)
    if n == 1:
        if type_of_value(args[0]) != DICT_TYPE:
            return raise_msg(TYPE_ERROR, "if you give only one argument to maketrans it must be a dict")
        return maketrans_dict(args[0])
    if not is_str_word(args[1]):
        return raise_not_str(args[1], "maketrans() argument 2 ", "")
    if n == 3 and not is_str_word(args[2]):
        return raise_not_str(args[2], "maketrans() argument 3 ", "")
    if not is_str_word(args[0]):
        return raise_msg(TYPE_ERROR, "first maketrans argument must be a string if there is a second argument")
    if as_str(args[0]).length != as_str(args[1]).length:
        return raise_msg(VALUE_ERROR, "the first two maketrans arguments must have equal length")
    d = dict_new()
    if not d:
        return d
    i: i64 = 0
    j: i64 = 0
    while i < as_str(args[0]).nbytes:
        a = utf8_decode(as_str(args[0]).data + i)
        c = utf8_decode(as_str(args[1]).data + j)
        i += utf8_sequence_length(as_str(args[0]).data[i])
        j += utf8_sequence_length(as_str(args[1]).data[j])
        if not dict_set(d, small(a), small(c)):
            return cast(Word, 0)
    if n == 3:
        i = 0
        while i < as_str(args[2]).nbytes:
            a = utf8_decode(as_str(args[2]).data + i)
            i += utf8_sequence_length(as_str(args[2]).data[i])
            if not dict_set(d, small(a), none_word()):
                return cast(Word, 0)
    return d


def str_maketrans_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return str_maketrans(args, n, kwnames)


# -- the method table -----------------------------------------------------------------------------------------

FIND = static(BuiltinFunction, name="find", method=str_find)
RFIND = static(BuiltinFunction, name="rfind", method=str_rfind)
INDEX = static(BuiltinFunction, name="index", method=str_index)
RINDEX = static(BuiltinFunction, name="rindex", method=str_rindex)
COUNT = static(BuiltinFunction, name="count", method=str_count)
STARTSWITH = static(BuiltinFunction, name="startswith", method=str_startswith)
ENDSWITH = static(BuiltinFunction, name="endswith", method=str_endswith)
SPLIT = static(BuiltinFunction, name="split", method=str_split)
RSPLIT = static(BuiltinFunction, name="rsplit", method=str_rsplit)
SPLITLINES = static(BuiltinFunction, name="splitlines", method=str_splitlines)
PARTITION = static(BuiltinFunction, name="partition", method=str_partition)
RPARTITION = static(BuiltinFunction, name="rpartition", method=str_rpartition)
JOIN = static(BuiltinFunction, name="join", method=str_join)
STRIP = static(BuiltinFunction, name="strip", method=str_strip)
LSTRIP = static(BuiltinFunction, name="lstrip", method=str_lstrip)
RSTRIP = static(BuiltinFunction, name="rstrip", method=str_rstrip)
REMOVEPREFIX = static(BuiltinFunction, name="removeprefix", method=str_removeprefix)
REMOVESUFFIX = static(BuiltinFunction, name="removesuffix", method=str_removesuffix)
REPLACE = static(BuiltinFunction, name="replace", method=str_replace)
CENTER = static(BuiltinFunction, name="center", method=str_center)
LJUST = static(BuiltinFunction, name="ljust", method=str_ljust)
RJUST = static(BuiltinFunction, name="rjust", method=str_rjust)
ZFILL = static(BuiltinFunction, name="zfill", method=str_zfill)
EXPANDTABS = static(BuiltinFunction, name="expandtabs", method=str_expandtabs)
TRANSLATE = static(BuiltinFunction, name="translate", method=str_translate)
# A static method: str.maketrans calls `call`, "".maketrans `method`.
MAKETRANS = static(BuiltinFunction, name="maketrans", call=str_maketrans, method=str_maketrans_method)


def init() -> None:
    t = STR_TYPE
    add_method(t, MAKETRANS)
    add_method(t, TRANSLATE)
    add_method(t, EXPANDTABS)
    add_method(t, ZFILL)
    add_method(t, RJUST)
    add_method(t, LJUST)
    add_method(t, CENTER)
    add_method(t, REPLACE)
    add_method(t, REMOVESUFFIX)
    add_method(t, REMOVEPREFIX)
    add_method(t, RSTRIP)
    add_method(t, LSTRIP)
    add_method(t, STRIP)
    add_method(t, JOIN)
    add_method(t, RPARTITION)
    add_method(t, PARTITION)
    add_method(t, SPLITLINES)
    add_method(t, RSPLIT)
    add_method(t, SPLIT)
    add_method(t, ENDSWITH)
    add_method(t, STARTSWITH)
    add_method(t, COUNT)
    add_method(t, RINDEX)
    add_method(t, INDEX)
    add_method(t, RFIND)
    add_method(t, FIND)
