"""range: an immutable arithmetic sequence of ints, and its iterators.

start, stop and step are ints of any size (CPython allows range(10**20)), as
is the length, computed once. A range whose bounds fit in 64 bits iterates
with machine integers (range_iterator); others use ints (longrange_iterator),
as in CPython.

The functions below take Words that the caller knows are ranges (or ints,
where an int is documented); bools are accepted as ints and stored as ints.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import immutable_setitem, immutable_delitem, iterator_slots, raise_index_type
from pyvm.runtime.ops import (num_kind, KIND_INT, KIND_FLOAT, RANGE_TYPE, CMP_EQ, CMP_NE, add_repr, tuple_hash_items,
                              HASH_SCRATCH, get_iter, iter_next, items_equal, repr_of)
from pyvm.runtime.floatobj import float_value
from pyvm.runtime.strbuilder import str_builder_new, str_builder_add_cstr, str_builder_finish, str_builder_free
from pyvm.runtime.object import Object, BuiltinFunction, as_object, add_method, is_small, small_value, small, fits_small, bool_word, has_type, none_word, NOT_IMPLEMENTED
from pyvm.runtime.intobj import (as_int, sign_of, int_add, int_sub, int_mul, int_floordiv, int_mod,
                                 int_compare, int_eq, int_neg, int_from_i64, int_to_i64, int_to_decimal,
                                 int_from_double)
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.slices import is_slice, subscript_slice, start_stop_or_step, start_stop_step_setattr
from pyvm.runtime.errors import raise_msg, raise_message, pending, INDEX_ERROR, OVERFLOW_ERROR, VALUE_ERROR
from pyvm.runtime.builtins import one_argument


class Range(Object, name="range"):
    start: Word
    stop: Word
    step: Word                 # never zero
    length: Word               # >= 0


class RangeIterator(Object, name="range_iterator"):
    next: i64                  # the value the next call returns
    step: i64
    remaining: i64


class LongRangeIterator(Object, name="longrange_iterator"):
    next: Word
    step: Word
    remaining: Word


RANGE_INDEX = static(BuiltinFunction, name="index", method=range_index_method)
RANGE_COUNT = static(BuiltinFunction, name="count", method=range_count_method)


@inline
def as_range(r: Word) -> Ptr[Range]:
    return cast(Ptr[Range], r)


def range_compute_length(start: Word, stop: Word, step: Word) -> Word:
    """len(range(start, stop, step)) for ints with step != 0, as an int."""
    if is_small(start) and is_small(stop) and is_small(step):
        lo = small_value(start)
        hi = small_value(stop)
        st = small_value(step)
        # Small ints have 63 bits, so these differences fit in 64.
        if st > 0:
            if lo < hi:
                return small((hi - lo - 1) // st + 1)
            return small(0)
        if lo > hi:
            return small((lo - hi - 1) // (0 - st) + 1)
        return small(0)
    # (stop - start - 1) // step + 1 for step > 0, (start - stop - 1) // -step + 1 for step < 0.
    span = cast(Word, 0)
    divisor = step
    if sign_of(step) > 0:
        if int_compare(start, stop) >= 0:
            return small(0)
        span = int_sub(stop, start)
    else:
        if int_compare(start, stop) <= 0:
            return small(0)
        span = int_sub(start, stop)
        if not span:
            return span
        divisor = int_neg(step)
    if not span or not divisor:
        return cast(Word, 0)
    span = int_sub(span, small(1))
    if not span:
        return span
    q = int_floordiv(span, divisor)
    if not q:
        return q
    return int_add(q, small(1))


def range_new(start: Word, stop: Word, step: Word) -> Word:
    """range(start, stop, step) for ints (bools count as ints); the caller checked step != 0."""
    start = as_int(start)
    stop = as_int(stop)
    step = as_int(step)
    length = range_compute_length(start, stop, step)
    if not length:
        return length
    r = new(Range)
    if not r:
        return cast(Word, 0)
    r.start = start
    r.stop = stop
    r.step = step
    r.length = length
    return cast(Word, r)


@inline
def range_length(r: Word) -> Word:
    """len(r) as an int (it may be too large for an index)."""
    return as_range(r).length


def range_is_empty(r: Word) -> bool:
    return as_range(r).length == small(0)


def range_item(r: Word, i: Word) -> Word:
    """start + i * step for an int 0 <= i < len(r)."""
    p = as_range(r)
    if is_small(p.start) and is_small(p.step) and is_small(i):
        v, o1 = mul_ovf(small_value(i), small_value(p.step))
        if not o1:
            w, o2 = add_ovf(v, small_value(p.start))
            if not o2:
                return int_from_i64(w)
    offset = int_mul(i, as_range(r).step)
    if not offset:
        return offset
    return int_add(as_range(r).start, offset)


def range_getitem(r: Word, index: Word) -> Word:
    """r[index] for an int index (of any size), negative ones counting from the end."""
    index = as_int(index)
    length = as_range(r).length
    if is_small(index) and is_small(length):
        i = small_value(index)
        n = small_value(length)
        if i < 0:
            i += n
        if i < 0 or i >= n:
            return raise_msg(INDEX_ERROR, "range object index out of range")
        return range_item(r, small(i))
    if sign_of(index) < 0:
        index = int_add(index, length)
        if not index:
            return index
    if sign_of(index) < 0 or int_compare(index, as_range(r).length) >= 0:
        return raise_msg(INDEX_ERROR, "range object index out of range")
    return range_item(r, index)


def range_contains_int(r: Word, x: Word) -> i64:
    """x in r for an int x: 1 or 0, -1 after an error (only MemoryError)."""
    x = as_int(x)
    p = as_range(r)
    if is_small(p.start) and is_small(p.stop) and is_small(p.step) and is_small(x):
        v = small_value(x)
        lo = small_value(p.start)
        hi = small_value(p.stop)
        st = small_value(p.step)
        if st > 0:
            if v < lo or v >= hi:
                return 0
        else:
            if v > lo or v <= hi:
                return 0
        if (v - lo) % st == 0:
            return 1
        return 0
    if sign_of(p.step) > 0:
        if int_compare(x, p.start) < 0 or int_compare(x, as_range(r).stop) >= 0:
            return 0
    else:
        if int_compare(x, p.start) > 0 or int_compare(x, as_range(r).stop) <= 0:
            return 0
    d = int_sub(x, as_range(r).start)
    if not d:
        return -1
    m = int_mod(d, as_range(r).step)
    if not m:
        return -1
    if m == small(0):
        return 1
    return 0


def range_eq(a: Word, b: Word) -> bool:
    """a == b: ranges are equal when they hold the same sequence (range(0) == range(2, 2))."""
    if a == b:
        return True
    pa = as_range(a)
    pb = as_range(b)
    if not int_eq(pa.length, pb.length):
        return False
    if pa.length == small(0):
        return True
    if not int_eq(pa.start, pb.start):
        return False
    if pa.length == small(1):
        return True
    return int_eq(pa.step, pb.step)


# -- iterators ---------------------------------------------------------------------------

def range_iter(r: Word) -> Word:
    """iter(r)."""
    start: i64 = 0
    stop: i64 = 0
    step: i64 = 0
    length: i64 = 0
    p = as_range(r)
    if (int_to_i64(p.start, addr(start)) and int_to_i64(p.stop, addr(stop))
            and int_to_i64(p.step, addr(step)) and int_to_i64(p.length, addr(length))):
        it = new(RangeIterator)
        if not it:
            return cast(Word, 0)
        it.next = start
        it.step = step
        it.remaining = length
        return cast(Word, it)
    lit = new(LongRangeIterator)
    if not lit:
        return cast(Word, 0)
    q = as_range(r)
    lit.next = q.start
    lit.step = q.step
    lit.remaining = q.length
    return cast(Word, lit)


def range_iterator_next(w: Word) -> Word:
    """The next int of a range_iterator, or the null Word (nothing raised) when exhausted."""
    it = cast(Ptr[RangeIterator], w)
    if it.remaining <= 0:
        return cast(Word, 0)
    v = it.next
    it.next = v + it.step              # wraps harmlessly after the last item
    it.remaining -= 1
    if fits_small(v):
        return small(v)
    return int_from_i64(v)


def longrange_iterator_next(w: Word) -> Word:
    """The next int of a longrange_iterator, or the null Word (nothing raised) when exhausted;
    the null Word with MemoryError pending when out of memory."""
    it = cast(Ptr[LongRangeIterator], w)
    if sign_of(it.remaining) <= 0:
        return cast(Word, 0)
    v = it.next
    following = int_add(v, it.step)
    if not following:
        return following
    remaining = int_sub(it.remaining, small(1))
    if not remaining:
        return remaining
    it.next = following
    it.remaining = remaining
    return v


def range_iterator_length(w: Word) -> Word:
    """How many items a range_iterator or longrange_iterator has left, as an int."""
    if cast(Ptr[Object], w).type == type_of(RangeIterator):
        return int_from_i64(max(cast(Ptr[RangeIterator], w).remaining, 0))
    return cast(Ptr[LongRangeIterator], w).remaining


def init() -> None:
    t = type_of(Range)
    t.repr = range_repr
    t.hash = range_hash
    t.richcompare = range_richcompare
    t.truth = range_truth
    t.length = range_length
    t.iter = range_iter
    t.getitem = range_subscript
    t.setitem = immutable_setitem
    t.delitem = immutable_delitem
    t.contains = range_contains
    t.getattr = range_getattr
    t.setattr = start_stop_step_setattr
    add_method(t, RANGE_COUNT)
    add_method(t, RANGE_INDEX)
    iterator_slots(type_of(RangeIterator), range_iterator_next)
    iterator_slots(type_of(LongRangeIterator), longrange_iterator_next)


def range_length(r: Word) -> Word:
    n: i64 = 0
    if not int_to_i64(cast(Ptr[Range], r).length, addr(n)):
        return raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")
    return cast(Ptr[Range], r).length


def range_truth(r: Word) -> i64:
    return 0 if cast(Ptr[Range], r).length == small(0) else 1


# -- slots ------------------------------------------------------------------------------------

def range_subscript(obj: Word, index: Word) -> Word:
    if is_slice(index):
        return subscript_slice(obj, index)
    if num_kind(index) != KIND_INT:
        if not as_object(index).type.index:
            return raise_index_type(RANGE_TYPE, index)
        index = as_object(index).type.index(index)      # __index__
        if not index:
            return index
    return range_getitem(obj, index)


def range_contains(container: Word, x: Word) -> i64:
    k = num_kind(x)
    if k == KIND_INT:
        return range_contains_int(container, x)
    if k == KIND_FLOAT:
        v = float_value(x)
        if not isfinite(v) or floor(v) != v:
            return 0
        iv = int_from_double(v)
        if not iv:
            return -1
        return range_contains_int(container, iv)
    return 0


def range_getattr(r: Word, name: Word) -> Word:
    p = as_range(r)
    return start_stop_or_step(name, p.start, p.stop, p.step)


def range_index_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """r.index(x): computed for an int, searched for for anything else (CPython's range_index)."""
    if not one_argument(args, n, kwnames, "range.index()"):
        return cast(Word, 0)
    if num_kind(args[0]) != KIND_INT:
        return range_search(self, args[0], False)
    found = range_contains_int(self, args[0])
    if found < 0:
        return cast(Word, 0)
    if found == 0:
        text = repr_of(args[0])
        if not text:
            return text
        return raise_message(VALUE_ERROR, "", "", "", text, " is not in range", "", "", "")
    offset = int_sub(as_int(args[0]), as_range(self).start)
    if not offset:
        return offset
    return int_floordiv(offset, as_range(self).step)


def range_count_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """r.count(x): 0 or 1 for an int, counted by iterating for anything else (3.0 == 3)."""
    if not one_argument(args, n, kwnames, "range.count()"):
        return cast(Word, 0)
    if num_kind(args[0]) != KIND_INT:
        return range_search(self, args[0], True)
    found = range_contains_int(self, args[0])
    if found < 0:
        return cast(Word, 0)
    return small(found)


def range_search(r: Word, x: Word, count: bool) -> Word:
    """How many items of r equal x (count), or the index of the first (CPython's _PySequence_IterSearch)."""
    it = range_iter(r)
    if not it:
        return it
    i: i64 = 0
    found: i64 = 0
    while True:
        item = iter_next(it)
        if not item:
            if pending:
                return item
            if count:
                return int_from_i64(found)
            return raise_msg(VALUE_ERROR, "sequence.index(x): x not in sequence")
        e = items_equal(item, x)
        if e < 0:
            return cast(Word, 0)
        if e == 1:
            if not count:
                return int_from_i64(i)
            found += 1
        i += 1


def range_richcompare(a: Word, b: Word, op: i64) -> Word:
    """Ranges are equal when they give the same ints; they have no order."""
    if (op != CMP_EQ and op != CMP_NE) or not has_type(b, RANGE_TYPE):
        return cast(Word, NOT_IMPLEMENTED)
    return bool_word(range_eq(a, b) == (op == CMP_EQ))


def range_repr(obj: Word) -> Word:
    """range(0, 5) or range(1, 9, 2)."""
    r = cast(Ptr[Range], obj)
    step = r.step
    if step == small(1):
        step = cast(Word, 0)
    return call_repr("range(", r.start, r.stop, step)


def call_repr(prefix: Ptr[u8], a: Word, b: Word, c: Word) -> Word:
    """prefix + "repr(a), repr(b), repr(c))", without c when it is the null Word: the repr of a range
    or a slice."""
    builder = str_builder_new()
    if not builder:
        return cast(Word, 0)
    str_builder_add_cstr(builder, prefix)
    ok = add_repr(builder, a)
    str_builder_add_cstr(builder, ", ")
    ok = ok and add_repr(builder, b)
    if c:
        str_builder_add_cstr(builder, ", ")
        ok = ok and add_repr(builder, c)
    str_builder_add_cstr(builder, ")")
    if not ok:
        str_builder_free(builder)
        return cast(Word, 0)
    return str_builder_finish(builder)


def range_hash(w: Word, out: Ptr[i64]) -> bool:
    """CPython's range hash: that of (len, start, step), with None for what the length makes irrelevant."""
    r = cast(Ptr[Range], w)
    s = HASH_SCRATCH.items            # static, and nothing here allocates
    s[0] = r.length
    s[1] = none_word()
    s[2] = none_word()
    if r.length != small(0):
        s[1] = r.start
        if r.length != small(1):
            s[2] = r.step
    ok = tuple_hash_items(s, 3, out)
    s[0] = small(0)
    s[1] = small(0)
    s[2] = small(0)
    return ok
