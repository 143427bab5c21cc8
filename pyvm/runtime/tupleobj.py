"""tuple: a fixed-length immutable sequence of Words.

The functions below take Words that the caller knows are tuples.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.ops import immutable_setitem, immutable_delitem, sequence_contains, sequence_index, TUPLE_TYPE
from pyvm.runtime.iterobj import tuple_iter
from pyvm.runtime.ops import sequence_repr, sequence_length, sequence_truth, tuple_hash, sequence_richcompare
from pyvm.runtime.ops import raise_cannot_concatenate
from pyvm.runtime.object import Object, has_type
from pyvm.runtime.slices import is_slice, subscript_slice
from pyvm.runtime.errors import raise_msg, raise_memory_error, INDEX_ERROR


class Tuple(Object, name="tuple", length="size"):
    size: i64
    items: Array[Word]


# Item counts above this are refused before `new` computes a byte size.
TUPLE_MAX_ITEMS = (1 << 59) - 1
# The empty tuple: one object, as in CPython (`() is ()`, `tuple() is ()`, `t[5:] is ()`).
EMPTY_TUPLE = static(Tuple)


def tuple_new(n: i64) -> Word:
    """A tuple of n items, all 0 until the caller fills them (the empty tuple for n == 0)."""
    if n == 0:
        return cast(Word, EMPTY_TUPLE)
    t = new(Tuple, n)
    return cast(Word, t)


@inline
def as_tuple(t: Word) -> Ptr[Tuple]:
    return cast(Ptr[Tuple], t)


@inline
def tuple_len(t: Word) -> i64:
    """len(t)."""
    return as_tuple(t).size


def tuple_getitem(t: Word, i: i64) -> Word:
    """t[i], negative indices counting from the end."""
    p = as_tuple(t)
    if i < 0:
        i += p.size
    if i < 0 or i >= p.size:
        return raise_msg(INDEX_ERROR, "tuple index out of range")
    return p.items[i]


def tuple_from_items(items: Ptr[Word], n: i64) -> Word:
    """A tuple holding a copy of items[0:n].

    items must not point into the moving heap (allocating may move heap
    objects): pass Words kept in a root record or a static area, or copy from a
    heap object with tuple_from_slice.
    """
    t = cast(Ptr[Tuple], tuple_new(n))
    if not t:
        return cast(Word, 0)
    for k in range(n):
        t.items[k] = items[k]
    return cast(Word, t)


def tuple_from_slice(source: Word, start: i64, n: i64) -> Word:
    """A tuple holding source's items [start, start + n) (source a tuple; the caller checked the range)."""
    t = cast(Ptr[Tuple], tuple_new(n))
    if not t:
        return cast(Word, 0)
    p = as_tuple(source)            # re-read after new: source may have moved
    for k in range(n):
        t.items[k] = p.items[start + k]
    return cast(Word, t)


def tuple_concat(a: Word, b: Word) -> Word:
    """a + b (the concat slot: TypeError for a b that is not a tuple)."""
    if not has_type(b, type_of(Tuple)):
        return raise_cannot_concatenate("tuple", b)
    pa = as_tuple(a)
    pb = as_tuple(b)
    if pb.size == 0:
        return a
    if pa.size == 0:
        return b
    total = pa.size + pb.size
    if total > TUPLE_MAX_ITEMS:
        return raise_memory_error()          # as CPython does
    t = new(Tuple, total)
    if not t:
        return cast(Word, 0)
    na = pa.size
    for k in range(na):
        t.items[k] = pa.items[k]
    for k in range(pb.size):
        t.items[na + k] = pb.items[k]
    return cast(Word, t)


def init() -> None:
    t = type_of(Tuple)
    t.repr = sequence_repr
    t.hash = tuple_hash
    t.richcompare = sequence_richcompare
    t.concat = tuple_concat
    t.repeat = tuple_repeat
    t.truth = sequence_truth
    t.length = sequence_length
    t.iter = tuple_iter
    t.getitem = tuple_subscript
    t.setitem = immutable_setitem
    t.delitem = immutable_delitem
    t.contains = sequence_contains
    t.setattr = object_setattr


# -- slots ------------------------------------------------------------------------------------

def tuple_subscript(obj: Word, index: Word) -> Word:
    if is_slice(index):
        return subscript_slice(obj, index)
    i: i64 = 0
    if not sequence_index(TUPLE_TYPE, index, addr(i)):
        return cast(Word, 0)
    return tuple_getitem(obj, i)


def tuple_repeat(t: Word, n: i64) -> Word:
    """t * n."""
    size = cast(Ptr[Tuple], t).size
    if n == 1 or size == 0:
        return t
    if n <= 0:
        return tuple_from_slice(t, 0, 0)
    total, overflowed = mul_ovf(size, n)
    if overflowed or total > TUPLE_MAX_ITEMS:
        return raise_memory_error()
    r = new(Tuple, total)
    if not r:
        return cast(Word, 0)
    source = cast(Ptr[Tuple], t)                 # after new: t may have moved
    for k in range(total):
        r.items[k] = source.items[k % size]
    return cast(Word, r)
