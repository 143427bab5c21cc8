"""list: a growable sequence of Words.

A List is a fixed-size object pointing to a separately allocated WordArray,
so growing replaces the array and the List itself never moves for that reason
(CPython's list has the same shape). Invariants: 0 <= size <= capacity of
items; items is the null Word exactly when no array was allocated (capacity
0); slots at and past size hold the null Word, so the collector keeps nothing
alive through them.

The functions below take Words that the caller knows are lists. Every index is
checked against size before any access.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.ops import sequence_contains, sequence_index, list_extend, LIST_TYPE
from pyvm.runtime.iterobj import list_iter
from pyvm.runtime.ops import sequence_repr, sequence_length, sequence_truth, hash_not_implemented, sequence_richcompare
from pyvm.runtime.ops import raise_cannot_concatenate
from pyvm.runtime.object import Object, has_type
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.slices import is_slice, subscript_slice, ass_subscript_slice, del_subscript_slice
from pyvm.runtime.errors import raise_msg, raise_memory_error, clear, INDEX_ERROR


class WordArray(Object, name="list_items", length="capacity"):
    capacity: i64
    items: Array[Word]


class List(Object, name="list"):
    size: i64
    items: Word                # a WordArray, or the null Word when capacity is 0


# Lengths above this are refused with MemoryError before any size arithmetic can overflow.
LIST_MAX_ITEMS = (1 << 59) - 1
# Shrinking: an array is replaced by a smaller one only once the size falls below a quarter of its
# capacity, and never when it has this few slots. (A list used as a stack, like a Hanoi peg, would
# otherwise get a new array at every other pop and push.) The JIT's inline pop checks the same.
KEEP_SMALL_ARRAY = 16


@inline
def as_list(l: Word) -> Ptr[List]:
    return cast(Ptr[List], l)


@inline
def list_array(p: Ptr[List]) -> Ptr[WordArray]:
    return cast(Ptr[WordArray], p.items)


@inline
def list_capacity(p: Ptr[List]) -> i64:
    if not p.items:
        return 0
    return list_array(p).capacity


@inline
def list_len(l: Word) -> i64:
    """len(l)."""
    return as_list(l).size


def list_new(capacity: i64) -> Word:
    """An empty list with room for capacity items (a negative capacity counts as 0)."""
    if capacity > LIST_MAX_ITEMS:
        return raise_memory_error()
    l = new(List)
    if not l:
        return cast(Word, 0)
    if capacity > 0:
        a = new(WordArray, capacity)
        if not a:
            return cast(Word, 0)
        l.items = cast(Word, a)
    return cast(Word, l)


def list_reallocate(l: Word, capacity: i64) -> bool:
    """Move l's items into a new array of capacity (>= size) slots; False after MemoryError."""
    if capacity == 0:
        as_list(l).items = cast(Word, 0)
        return True
    a = new(WordArray, capacity)
    if not a:
        return False
    p = as_list(l)                  # re-read after new: l may have moved
    for k in range(p.size):
        a.items[k] = list_array(p).items[k]
    p.items = cast(Word, a)
    return True


def list_resize(l: Word, new_size: i64) -> bool:
    """Make room for new_size items and set size to it; False after MemoryError.

    Growing past the capacity over-allocates as CPython's list_resize does
    (about 1/8 more, so appends are amortized O(1)); shrinking below a quarter of
    the capacity gives memory back, unless the array is small (KEEP_SMALL_ARRAY).
    New slots hold the null Word; when shrinking, the caller has cleared the
    slots it dropped.
    """
    p = as_list(l)
    capacity = list_capacity(p)
    # Unlike CPython, growing within the capacity never shrinks the array, so
    # that list_new(n) followed by n appends allocates once.
    keep = new_size >= (capacity >> 2) or capacity <= KEEP_SMALL_ARRAY or new_size >= p.size
    if capacity >= new_size and keep:
        p.size = new_size
        return True
    if new_size > LIST_MAX_ITEMS:
        raise_memory_error()
        return False
    new_capacity = (new_size + (new_size >> 3) + 6) & ~3
    if new_size - p.size > new_capacity - new_size:
        new_capacity = (new_size + 3) & ~3
    if new_size == 0:
        new_capacity = 0
    if new_size < p.size:
        # Shrinking: the items that stay fit in the new array; a failed
        # allocation only means the memory is not given back.
        p.size = new_size
        if not list_reallocate(l, new_capacity):
            clear()
        return True
    if not list_reallocate(l, new_capacity):
        return False
    as_list(l).size = new_size
    return True


def list_append(l: Word, x: Word) -> bool:
    """l.append(x); False after MemoryError."""
    p = as_list(l)
    n = p.size
    if n < list_capacity(p):
        list_array(p).items[n] = x
        p.size = n + 1
        return True
    if not list_resize(l, n + 1):
        return False
    list_array(as_list(l)).items[n] = x
    return True


def list_getitem(l: Word, i: i64) -> Word:
    """l[i], negative indices counting from the end."""
    p = as_list(l)
    if i < 0:
        i += p.size
    if i < 0 or i >= p.size:
        return raise_msg(INDEX_ERROR, "list index out of range")
    return list_array(p).items[i]


def list_setitem(l: Word, i: i64, x: Word) -> bool:
    """l[i] = x; False after IndexError."""
    p = as_list(l)
    if i < 0:
        i += p.size
    if i < 0 or i >= p.size:
        raise_msg(INDEX_ERROR, "list assignment index out of range")
        return False
    list_array(p).items[i] = x
    return True


def list_pop(l: Word, i: i64) -> Word:
    """l.pop(i) (pass -1 for l.pop())."""
    p = as_list(l)
    n = p.size
    if n == 0:
        return raise_msg(INDEX_ERROR, "pop from empty list")
    if i < 0:
        i += n
    if i < 0 or i >= n:
        return raise_msg(INDEX_ERROR, "pop index out of range")
    a = list_array(p)
    x = a.items[i]
    for k in range(i, n - 1):
        a.items[k] = a.items[k + 1]
    a.items[n - 1] = cast(Word, 0)
    list_resize(l, n - 1)           # shrinking cannot fail
    return x


def list_insert(l: Word, i: i64, x: Word) -> bool:
    """l.insert(i, x): i is clamped to [0, len(l)] as CPython does; False after MemoryError."""
    n = as_list(l).size
    if i < 0:
        i += n
        if i < 0:
            i = 0
    if i > n:
        i = n
    if not list_resize(l, n + 1):
        return False
    a = list_array(as_list(l))
    for k in range(n, i, -1):
        a.items[k] = a.items[k - 1]
    a.items[i] = x
    return True


def list_from_tuple(t: Word) -> Word:
    """list(t) for a tuple t."""
    n = cast(Ptr[Tuple], t).size
    l = list_new(n)
    if not l:
        return cast(Word, 0)
    p = as_list(l)
    source = cast(Ptr[Tuple], t)    # re-read after list_new: t may have moved
    for k in range(n):
        list_array(p).items[k] = source.items[k]
    p.size = n
    return l


def list_concat(a: Word, b: Word) -> Word:
    """a + b, a new list (the concat slot: TypeError for a b that is not a list)."""
    if not has_type(b, type_of(List)):
        return raise_cannot_concatenate("list", b)
    na = as_list(a).size
    nb = as_list(b).size
    l = list_new(na + nb)
    if not l:
        return cast(Word, 0)
    p = as_list(l)
    target = list_array(p)
    for k in range(na):
        target.items[k] = list_array(as_list(a)).items[k]
    for k in range(nb):
        target.items[na + k] = list_array(as_list(b)).items[k]
    p.size = na + nb
    return l


def list_from_items(items: Ptr[Word], n: i64) -> Word:
    """A list of n Words copied from items, which must lie outside the moving heap (a root area)."""
    l = list_new(n)
    if not l:
        return cast(Word, 0)
    if n > 0:
        p = as_list(l)
        array = list_array(p)
        for i in range(n):
            array.items[i] = items[i]
        p.size = n
    return l


def init() -> None:
    t = type_of(List)
    t.repr = sequence_repr
    t.hash = hash_not_implemented
    t.richcompare = sequence_richcompare
    t.concat = list_concat
    t.inplace_concat = list_inplace_concat
    t.repeat = list_repeat
    t.inplace_repeat = list_inplace_repeat
    t.truth = sequence_truth
    t.length = sequence_length
    t.iter = list_iter
    t.getitem = list_subscript
    t.setitem = list_ass_subscript
    t.delitem = list_del_subscript
    t.contains = sequence_contains
    t.setattr = object_setattr


# -- slots ------------------------------------------------------------------------------------

def list_subscript(obj: Word, index: Word) -> Word:
    """The getitem slot of list: an int index or a slice object (slices.py)."""
    if is_slice(index):
        return subscript_slice(obj, index)
    i: i64 = 0
    if not sequence_index(LIST_TYPE, index, addr(i)):
        return cast(Word, 0)
    return list_getitem(obj, i)


def list_ass_subscript(obj: Word, index: Word, value: Word) -> bool:
    """The setitem slot of list."""
    if is_slice(index):
        return ass_subscript_slice(obj, index, value)
    i: i64 = 0
    if not sequence_index(LIST_TYPE, index, addr(i)):
        return False
    return list_setitem(obj, i, value)


def list_del_subscript(obj: Word, index: Word) -> bool:
    """The delitem slot of list."""
    if is_slice(index):
        return del_subscript_slice(obj, index)
    i: i64 = 0
    if not sequence_index(LIST_TYPE, index, addr(i)):
        return False
    size = cast(Ptr[List], obj).size
    if i < -size or i >= size:
        raise_msg(INDEX_ERROR, "list assignment index out of range")
        return False
    return list_pop(obj, i) != cast(Word, 0)


def list_repeat(l: Word, n: i64) -> Word:
    """l * n, a new list."""
    size = cast(Ptr[List], l).size
    if n <= 0 or size == 0:
        return list_new(0)
    total, overflowed = mul_ovf(size, n)
    if overflowed or total > LIST_MAX_ITEMS:
        return raise_memory_error()
    r = list_new(total)
    if not r:
        return r
    target = list_array(cast(Ptr[List], r))
    source = list_array(cast(Ptr[List], l))      # after list_new: l may have moved
    for k in range(total):
        target.items[k] = source.items[k % size]
    cast(Ptr[List], r).size = total
    return r


def list_inplace_repeat(l: Word, n: i64) -> Word:
    """l *= n: l itself, repeated in place."""
    size = cast(Ptr[List], l).size
    if n <= 0 or size == 0:
        list_clear(l)
        return l
    if n == 1:
        return l
    total, overflowed = mul_ovf(size, n)
    if overflowed or total > LIST_MAX_ITEMS:
        return raise_memory_error()
    if not list_resize(l, total):
        return cast(Word, 0)
    a = list_array(cast(Ptr[List], l))
    for k in range(size, total):
        a.items[k] = a.items[k - size]
    return l


def list_inplace_concat(l: Word, iterable: Word) -> Word:
    """l += iterable: l itself, extended."""
    if not list_extend(l, iterable):
        return cast(Word, 0)
    return l


def list_clear(l: Word) -> None:
    """l.clear(): drop every item and the array."""
    p = cast(Ptr[List], l)
    p.size = 0
    p.items = cast(Word, 0)
