"""Slicing: obj[start:stop:step] of lists, tuples, strs, ranges (and bytes: bytesobj.py) with CPython's index rules,
assigning and deleting slices of lists, and slice objects.

`a[1:2]` compiles to GET_SLICE (SET_SLICE, DEL_SLICE), which calls getslice (setslice, delslice)
with the three bounds and makes no slice object; `a[s]` with a slice object s goes through the
getitem slot of a list, tuple, str or range, which calls the same functions with s's fields. Any
other object (a dict, a user class's instance) gets a slice object through its getitem slot, as in
CPython, where `a[1:2]` is `a[slice(1, 2)]`. An ast.Slice elsewhere (`a[1:2, 3]`) is compiled as a
call of the builtin slice.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import (Object, Type, BoolObject, as_object, NOT_IMPLEMENTED, add_method, has_type, is_small, small_value,
                                 small, none_word, bool_word)
from pyvm.runtime.errors import raise_msg, raise_text, decimal_text, TYPE_ERROR, VALUE_ERROR, ATTRIBUTE_ERROR
from pyvm.runtime.ops import (is_iterable, list_from_iterable, seq_size, seq_item, getitem, setitem, delitem, is_int,
                              int_is_negative, hash_not_implemented, do_richcompare, object_setattr, CMP_EQ, CMP_LE,
                              CMP_GE)
from pyvm.runtime.builtins import BuiltinFunction, positional_count, one_argument, raise_not_integer, name_is
from pyvm.runtime.rangeobj import Range, range_new, range_item, call_repr
from pyvm.runtime.intobj import BigInt, as_int, sign_of, int_add, int_mul, int_compare
from pyvm.runtime.listobj import List, as_list, list_array, list_new, list_len, list_resize
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.bytesobj import BYTEARRAY_TYPE, is_bytes_like, bytes_slice, bytearray_setslice, bytearray_delslice
from pyvm.runtime.strobj import Str, str_byte_offset, str_concat, str_empty, str_getitem, str_substring

LIMIT = 1 << 62


class Slice(Object, name="slice"):
    start: Word                # any objects: None where the slice leaves the bound out
    stop: Word
    step: Word


SLICE_TYPE = type_of(Slice)
SLICE_INDICES = static(BuiltinFunction, name="indices", method=slice_indices_method)


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
    """obj[start:stop:step]: GET_SLICE, and the getitem slots of the sequences below for a slice object."""
    if has_type(obj, type_of(List)):
        return slice_list(obj, start, stop, step)
    if has_type(obj, type_of(Tuple)):
        return slice_tuple(obj, start, stop, step)
    if has_type(obj, type_of(Str)):
        return slice_str(obj, start, stop, step)
    if has_type(obj, type_of(Range)):
        return slice_range(obj, start, stop, step)
    if is_bytes_like(obj):
        return bytes_slice(obj, start, stop, step)
    s = slice_new(start, stop, step)
    if not s:
        return s
    return getitem(obj, s)


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


def slice_range(r: Word, start: Word, stop: Word, step: Word) -> Word:
    """r[start:stop:step] for a range r: a range (CPython's compute_slice), for ints of any size."""
    t = long_indices(start, stop, step, cast(Ptr[Range], r).length)
    if not t:
        return t
    first = range_item(r, cast(Ptr[Tuple], t).items[0])
    if not first:
        return first
    last = range_item(r, cast(Ptr[Tuple], t).items[1])
    if not last:
        return last
    stride = int_mul(cast(Ptr[Range], r).step, cast(Ptr[Tuple], t).items[2])
    if not stride:
        return stride
    return range_new(first, last, stride)


def long_index(w: Word) -> Word:
    """A slice's bound as an int (a bool as 0 or 1); the null Word after TypeError."""
    if not is_int(w):
        return raise_msg(TYPE_ERROR, "slice indices must be integers or None or have an __index__ method")
    return as_int(w)


def long_bound(w: Word, default: Word, lower: Word, upper: Word, length: Word) -> Word:
    """A start or stop as long_indices takes it: None gives default, a negative one counts from the
    end, and the result is clamped to [lower, upper]."""
    if w == none_word():
        return default
    v = long_index(w)
    if not v:
        return v
    if int_is_negative(v):
        v = int_add(v, length)
        if not v:
            return v
        return lower if int_compare(v, lower) < 0 else v
    return upper if int_compare(v, upper) > 0 else v


def long_indices(start: Word, stop: Word, step: Word, length: Word) -> Word:
    """The tuple (start, stop, step) of ints that slicing a sequence of length `length` (an int >= 0)
    with these bounds selects: CPython's _PySlice_GetLongIndices, for ints of any size (ranges)."""
    stride = small(1)
    if step != none_word():
        stride = long_index(step)
        if not stride:
            return stride
        if sign_of(stride) == 0:
            return raise_msg(VALUE_ERROR, "slice step cannot be zero")
    lower = small(0)
    upper = length
    backwards = sign_of(stride) < 0
    if backwards:
        lower = small(-1)
        upper = int_add(lower, length)
        if not upper:
            return upper
    first = long_bound(start, upper if backwards else lower, lower, upper, length)
    if not first:
        return first
    last = long_bound(stop, lower if backwards else upper, lower, upper, length)
    if not last:
        return last
    t = tuple_new(3)
    if not t:
        return t
    cast(Ptr[Tuple], t).items[0] = first
    cast(Ptr[Tuple], t).items[1] = last
    cast(Ptr[Tuple], t).items[2] = stride
    return t


def setslice(obj: Word, start: Word, stop: Word, step: Word, value: Word) -> bool:
    """obj[start:stop:step] = value for a list (CPython's list_ass_subscript); False after raising."""
    if has_type(obj, BYTEARRAY_TYPE):
        return bytearray_setslice(obj, start, stop, step, value)
    if not has_type(obj, type_of(List)):
        s = slice_new(start, stop, step)
        if not s:
            return False
        return setitem(obj, s, value)
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
        s = slice_new(start, stop, step)
        if not s:
            return False
        return delitem(obj, s)
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


# -- slice objects ------------------------------------------------------------------------------------

def init() -> None:
    SLICE_TYPE.call = type_slice
    SLICE_TYPE.repr = slice_repr
    SLICE_TYPE.hash = hash_not_implemented            # slices are unhashable up to 3.11
    SLICE_TYPE.richcompare = slice_richcompare
    SLICE_TYPE.getattr = slice_getattr
    SLICE_TYPE.setattr = start_stop_step_setattr
    add_method(SLICE_TYPE, SLICE_INDICES)


def slice_new(start: Word, stop: Word, step: Word) -> Word:
    s = new(Slice)
    if not s:
        return cast(Word, 0)
    s.start = start
    s.stop = stop
    s.step = step
    return cast(Word, s)


@inline
def is_slice(w: Word) -> bool:
    return has_type(w, SLICE_TYPE)


def subscript_slice(obj: Word, s: Word) -> Word:
    """obj[s] for a list, tuple, str or range obj and a slice object s."""
    p = cast(Ptr[Slice], s)
    return getslice(obj, p.start, p.stop, p.step)


def ass_subscript_slice(obj: Word, s: Word, value: Word) -> bool:
    """obj[s] = value for a list obj and a slice object s."""
    p = cast(Ptr[Slice], s)
    return setslice(obj, p.start, p.stop, p.step, value)


def del_subscript_slice(obj: Word, s: Word) -> bool:
    """del obj[s] for a list obj and a slice object s."""
    p = cast(Ptr[Slice], s)
    return delslice(obj, p.start, p.stop, p.step)


def type_slice(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """slice(stop), slice(start, stop[, step])."""
    if not positional_count(n, kwnames, "slice()", "slice", 1, 3):
        return cast(Word, 0)
    if n == 1:
        return slice_new(none_word(), args[0], none_word())
    return slice_new(args[0], args[1], args[2] if n == 3 else none_word())


def slice_repr(s: Word) -> Word:
    p = cast(Ptr[Slice], s)
    return call_repr("slice(", p.start, p.stop, p.step)


def slice_richcompare(a: Word, b: Word, op: i64) -> Word:
    """Slices compare as the tuples (start, stop, step) (CPython's slice_richcompare)."""
    if not is_slice(b):
        return cast(Word, NOT_IMPLEMENTED)
    if a == b:
        return bool_word(op == CMP_EQ or op == CMP_LE or op == CMP_GE)
    ta = slice_fields(a)
    if not ta:
        return ta
    tb = slice_fields(b)
    if not tb:
        return tb
    return do_richcompare(ta, tb, op)


def slice_fields(s: Word) -> Word:
    """The tuple (s.start, s.stop, s.step)."""
    t = tuple_new(3)
    if not t:
        return t
    p = cast(Ptr[Slice], s)
    cast(Ptr[Tuple], t).items[0] = p.start
    cast(Ptr[Tuple], t).items[1] = p.stop
    cast(Ptr[Tuple], t).items[2] = p.step
    return t


def start_stop_or_step(name: Word, start: Word, stop: Word, step: Word) -> Word:
    """The attribute `name` of a slice or a range, given its three fields: the null Word for any other."""
    if name_is(name, "start"):
        return start
    if name_is(name, "stop"):
        return stop
    if name_is(name, "step"):
        return step
    return cast(Word, 0)


def slice_getattr(s: Word, name: Word) -> Word:
    p = cast(Ptr[Slice], s)
    return start_stop_or_step(name, p.start, p.stop, p.step)


def start_stop_step_setattr(obj: Word, name: Word, value: Word) -> bool:
    """The setattr slot of slice and range: their start, stop and step are read-only."""
    if start_stop_or_step(name, obj, obj, obj):
        raise_msg(ATTRIBUTE_ERROR, "readonly attribute")
        return False
    return object_setattr(obj, name, value)


def slice_indices_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.indices(length): the (start, stop, step) s selects from a sequence of that length."""
    if not one_argument(args, n, kwnames, "slice.indices()"):
        return cast(Word, 0)
    if not is_int(args[0]):
        return raise_not_integer(args[0])
    if int_is_negative(args[0]):
        return raise_msg(VALUE_ERROR, "length should not be negative")
    p = cast(Ptr[Slice], self)
    return long_indices(p.start, p.stop, p.step, as_int(args[0]))
