"""Slicing of lists, tuples, strs (and bytes: bytesobj.py): obj[start:stop:step] with CPython's index rules; assigning and
deleting slices of lists."""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import BoolObject, NoneObject, as_object, has_type, is_small, small_value, none_word
from pyvm.runtime.errors import (raise_msg, raise_not_supported, raise_with_str, raise_text, decimal_text, TYPE_ERROR,
                                 VALUE_ERROR)
from pyvm.runtime.ops import type_of_value, is_iterable, list_from_iterable, seq_size, seq_item
from pyvm.runtime.dictobj import Dict
from pyvm.runtime.rangeobj import Range
from pyvm.runtime.intobj import BigInt
from pyvm.runtime.listobj import List, as_list, list_array, list_new, list_len, list_resize
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.bytesobj import BYTEARRAY_TYPE, is_bytes_like, bytes_slice, bytearray_setslice, bytearray_delslice
from pyvm.runtime.strobj import Str, str_byte_offset, str_concat, str_empty, str_from_cstr, str_getitem, str_substring

LIMIT = 1 << 62


class SliceBounds(Struct):
    start: i64
    stop: i64
    step: i64
    count: i64


bounds = static(SliceBounds)


def slice_index(w: Word, default: i64, out: Ptr[i64]) -> bool:
    """An index of a slice: None gives default; ints and bools as such, huge ones clamped."""
    if w == none_word():
        out[0] = default
        return True
    if is_small(w):
        out[0] = small_value(w)
        return True
    if has_type(w, type_of(BoolObject)):
        out[0] = cast(Ptr[BoolObject], w).value
        return True
    if has_type(w, type_of(BigInt)):
        out[0] = LIMIT if cast(Ptr[BigInt], w).sign > 0 else -LIMIT
        return True
    index = as_object(w).type.index
    if index:
        v = index(w)
        if not v:
            return False
        return slice_index(v, default, out)
    raise_msg(TYPE_ERROR, "slice indices must be integers or None or have an __index__ method")
    return False


def adjust(length: i64, start: Word, stop: Word, step: Word) -> bool:
    """PySlice_Unpack and PySlice_AdjustIndices: fills `bounds`."""
    b = bounds
    if not slice_index(step, 1, addr(b.step)):
        return False
    if b.step == 0:
        raise_msg(VALUE_ERROR, "slice step cannot be zero")
        return False
    if b.step > 0:
        lo = 0
        hi = length
    else:
        lo = -1
        hi = length - 1
    if not slice_index(start, hi if b.step < 0 else lo, addr(b.start)):
        return False
    if not slice_index(stop, lo if b.step < 0 else hi, addr(b.stop)):
        return False
    if start != none_word():
        b.start = clamp(b.start, length, lo, hi)
    if stop != none_word():
        b.stop = clamp(b.stop, length, lo, hi)
    b.count = 0
    if b.step > 0 and b.start < b.stop:
        b.count = (b.stop - b.start - 1) // b.step + 1
    elif b.step < 0 and b.stop < b.start:
        b.count = (b.start - b.stop - 1) // (-b.step) + 1
    return True


def clamp(i: i64, length: i64, lo: i64, hi: i64) -> i64:
    if i < 0:
        i += length
        if i < lo:
            return lo
        return i
    if i > hi:
        return hi
    return i


def getslice(obj: Word, start: Word, stop: Word, step: Word) -> Word:
    if has_type(obj, type_of(List)):
        return slice_list(obj, start, stop, step)
    if has_type(obj, type_of(Tuple)):
        return slice_tuple(obj, start, stop, step)
    if has_type(obj, type_of(Str)):
        return slice_str(obj, start, stop, step)
    if has_type(obj, type_of(Range)):
        return raise_not_supported("slicing a range", "", "")
    if is_bytes_like(obj):
        return bytes_slice(obj, start, stop, step)
    if is_small(obj) or not obj:
        return raise_msg(TYPE_ERROR, "'int' object is not subscriptable")
    name = str_concat(str_from_cstr("'"), str_from_cstr(as_object(obj).type.name))
    return raise_with_str(TYPE_ERROR, str_concat(name, str_from_cstr("' object is not subscriptable")))


def slice_list(obj: Word, start: Word, stop: Word, step: Word) -> Word:
    if not adjust(list_len(obj), start, stop, step):
        return cast(Word, 0)
    n = bounds.count
    first = bounds.start
    stride = bounds.step
    result = list_new(n)
    if not result or n == 0:
        return result
    source = list_array(as_list(obj))
    target = list_array(as_list(result))
    for k in range(n):
        target.items[k] = source.items[first + k * stride]
    as_list(result).size = n
    return result


def slice_tuple(obj: Word, start: Word, stop: Word, step: Word) -> Word:
    if not adjust(cast(Ptr[Tuple], obj).size, start, stop, step):
        return cast(Word, 0)
    n = bounds.count
    first = bounds.start
    stride = bounds.step
    if first == 0 and stride == 1 and n == cast(Ptr[Tuple], obj).size:
        return obj                         # tuples are immutable: t[:] is t
    result = tuple_new(n)
    if not result:
        return result
    for k in range(n):
        cast(Ptr[Tuple], result).items[k] = cast(Ptr[Tuple], obj).items[first + k * stride]
    return result


def slice_str(obj: Word, start: Word, stop: Word, step: Word) -> Word:
    if not adjust(cast(Ptr[Str], obj).length, start, stop, step):
        return cast(Word, 0)
    n = bounds.count
    first = bounds.start
    stride = bounds.step
    if n == 0:
        return str_empty()
    if stride == 1:
        begin = str_byte_offset(obj, first)
        end = str_byte_offset(obj, first + n)
        return str_substring(obj, begin, end - begin, n)
    result = str_empty()
    for k in range(n):
        piece = str_getitem(obj, first + k * stride)
        if not piece:
            return piece
        result = str_concat(result, piece)
        if not result:
            return result
    return result


def raise_slice_target(obj: Word, what: Ptr[u8]) -> bool:
    """obj[a:b] = v or del obj[a:b] on what is not a list: CPython's TypeError (a dict: the slice is
    its key, and unhashable)."""
    t = type_of_value(obj)
    if t == type_of(Dict):
        raise_msg(TYPE_ERROR, "unhashable type: 'slice'")
    else:
        raise_text(TYPE_ERROR, "'", t.name, "' object does not support item ", what, "")
    return False


def setslice(obj: Word, start: Word, stop: Word, step: Word, value: Word) -> bool:
    """obj[start:stop:step] = value for a list (CPython's list_ass_subscript); False after raising."""
    if has_type(obj, BYTEARRAY_TYPE):
        return bytearray_setslice(obj, start, stop, step, value)
    if not has_type(obj, type_of(List)):
        return raise_slice_target(obj, "assignment")
    if not adjust(list_len(obj), start, stop, step):
        return False
    first = bounds.start
    n = bounds.count
    stride = bounds.step
    items = value
    if value == obj or not (has_type(value, type_of(List)) or has_type(value, type_of(Tuple))):
        if not is_iterable(value):
            raise_msg(TYPE_ERROR, "can only assign an iterable" if stride == 1 else "must assign iterable to extended slice")
            return False
        items = list_from_iterable(value)            # a copy, also of the list itself
        if not items:
            return False
    m = seq_size(items)
    if stride != 1:
        if m != n:
            raise_text(VALUE_ERROR, "attempt to assign sequence of size ", decimal_text(0, m),
                       " to extended slice of size ", decimal_text(1, n), "")
            return False
        for k in range(n):
            list_array(as_list(obj)).items[first + k * stride] = seq_item(items, k)
        return True
    old = list_len(obj)
    if m > n and not list_resize(obj, old + m - n):
        return False
    a = list_array(as_list(obj))                     # after list_resize: a new array
    if m > n:
        for k in range(old - 1, first + n - 1, -1):
            a.items[k + m - n] = a.items[k]
    elif m < n:
        for k in range(first + n, old):
            a.items[k - (n - m)] = a.items[k]
        for k in range(old - (n - m), old):
            a.items[k] = cast(Word, 0)
        list_resize(obj, old - (n - m))              # shrinking cannot fail
    for k in range(m):
        list_array(as_list(obj)).items[first + k] = seq_item(items, k)
    return True


def delslice(obj: Word, start: Word, stop: Word, step: Word) -> bool:
    """del obj[start:stop:step] for a list; False after raising."""
    if has_type(obj, BYTEARRAY_TYPE):
        return bytearray_delslice(obj, start, stop, step)
    if not has_type(obj, type_of(List)):
        return raise_slice_target(obj, "deletion")
    if not adjust(list_len(obj), start, stop, step):
        return False
    n = bounds.count
    if n == 0:
        return True
    first = bounds.start
    stride = bounds.step
    if stride < 0:                                   # the same items, counted upwards
        first += (n - 1) * stride
        stride = -stride
    old = list_len(obj)
    a = list_array(as_list(obj))
    kept = first
    for k in range(first, old):
        if (k - first) % stride != 0 or (k - first) // stride >= n:
            a.items[kept] = a.items[k]
            kept += 1
    for k in range(kept, old):
        a.items[k] = cast(Word, 0)
    list_resize(obj, kept)                           # shrinking cannot fail
    return True
