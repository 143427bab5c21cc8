"""The iterator types programs name (enumerate, reversed, zip, map, filter) and the builtins that
consume iterators (any, all, next).

Each type is called to make one (its `call` slot) and iterates through its `next` slot, which
returns the null Word with nothing pending when it is exhausted (ops.iter_next).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.bytesobj import is_bytes_like, byte_size
from pyvm.runtime.object import Object, Type, small, small_value, as_object, none_word, bool_word, has_type
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.listobj import List, list_array
from pyvm.runtime.strobj import Str, str_from_cstr
from pyvm.runtime.rangeobj import Range, range_new, range_iter, range_item
from pyvm.runtime.intobj import int_add, int_sub, int_neg
from pyvm.runtime.dictobj import Dict, is_mapping_type, mapping_reversed
from pyvm.runtime.errors import (raise_text, raise_not_supported, raise_word, pending, exception_new, clear,
                                 decimal_text, TYPE_ERROR, VALUE_ERROR, STOP_ITERATION, INDEX_ERROR)
from pyvm.runtime.ops import (get_iter, iter_next, iterator_slots, truthy, is_int, type_name, getitem, object_setattr,
                              type_of_value, length, items_equal, is_subtype)
from pyvm.runtime.classobj import is_user_type
from pyvm.runtime.function import call_object
from pyvm.runtime.dunders import user_reversed, slot_next, call_next
from pyvm.runtime.builtins import (kw_count, kw_name, name_is, no_keywords, raise_arg_count, raise_bad_keyword,
                                   raise_not_integer, call_one, one_argument)
from pyvm.runtime.calls import call_ex
from pyvm.baseline.generators import take_stop_value, raise_stop_iteration


class Enumerate(Object, name="enumerate"):
    it: Word
    count: Word                # an int


class ListReverseIterator(Object, name="list_reverseiterator"):
    seq: Word                  # 0 once exhausted
    index: i64


class Reversed(Object, name="reversed"):
    seq: Word                  # a tuple or a str; 0 once exhausted
    index: i64


class Zip(Object, name="zip"):
    iters: Word                # a tuple of iterators
    strict: bool


class Map(Object, name="map"):
    func: Word
    iters: Word                # a tuple of iterators


class CallIterator(Object, name="callable_iterator"):
    func: Word                 # 0 once exhausted
    sentinel: Word


class Filter(Object, name="filter"):
    func: Word                 # None: the items' truth
    it: Word


# -- enumerate -----------------------------------------------------------------------------------

def type_enumerate(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """enumerate(iterable, start=0)."""
    npos = n - kw_count(kwnames)
    if n > 2:
        return raise_text(TYPE_ERROR, "enumerate() takes at most 2 arguments (", decimal_text(0, n), " given)", "", "")
    iterable = cast(Word, 0)
    start = small(0)
    if npos >= 1:
        iterable = args[0]
    if npos == 2:
        start = args[1]
    for k in range(kw_count(kwnames)):
        kname = kw_name(kwnames, k)
        if name_is(kname, "iterable") and npos == 0:
            iterable = args[npos + k]
        elif name_is(kname, "start") and npos < 2:
            start = args[npos + k]
        else:
            return raise_bad_keyword(kname, "enumerate()")
    if not iterable:
        return raise_text(TYPE_ERROR, "enumerate() missing required argument 'iterable'", "", "", "", "")
    it = get_iter(iterable)
    if not it:
        return it
    if not is_int(start):
        return raise_not_integer(start)
    e = new(Enumerate)
    if not e:
        return cast(Word, 0)
    e.it = it
    e.count = start
    return cast(Word, e)


def enumerate_next(w: Word) -> Word:
    item = iter_next(cast(Ptr[Enumerate], w).it)
    if not item:
        return item
    pair = tuple_new(2)
    if not pair:
        return pair
    e = cast(Ptr[Enumerate], w)
    cast(Ptr[Tuple], pair).items[0] = e.count
    cast(Ptr[Tuple], pair).items[1] = item
    following = int_add(e.count, small(1))
    if not following:
        return following
    cast(Ptr[Enumerate], w).count = following
    return pair


# -- reversed ------------------------------------------------------------------------------------

def type_reversed(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """reversed(sequence): of a list, tuple, str, bytes, bytearray or range."""
    if not no_keywords(kwnames, "reversed()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count("reversed expected 1 argument, got ", n, "")
    seq = args[0]
    if has_type(seq, type_of(Range)):
        r = cast(Ptr[Range], seq)
        if r.length == small(0):
            return range_iter(seq)
        last = range_item(seq, int_sub(r.length, small(1)))          # start + (len - 1) * step
        if not last:
            return last
        r = cast(Ptr[Range], args[0])
        stop = int_sub(r.start, r.step)
        if not stop:
            return stop
        step = int_neg(cast(Ptr[Range], args[0]).step)
        if not step:
            return step
        backwards = range_new(last, stop, step)
        if not backwards:
            return backwards
        return range_iter(backwards)
    if has_type(seq, type_of(List)):
        it = new(ListReverseIterator)
        if not it:
            return cast(Word, 0)
        it.seq = args[0]
        it.index = cast(Ptr[List], args[0]).size - 1
        return cast(Word, it)
    if has_type(seq, type_of(Tuple)):
        return reversed_new(args, cast(Ptr[Tuple], seq).size)
    if has_type(seq, type_of(Str)):
        return reversed_new(args, cast(Ptr[Str], seq).length)
    if is_bytes_like(seq):
        return reversed_new(args, byte_size(seq))
    if is_mapping_type(type_of_value(seq)):
        return mapping_reversed(seq)
    if is_user_type(type_of_value(seq)):
        found = user_reversed(seq)
        if found or pending:
            return found
        if type_of_value(seq).getitem:          # the sequence protocol: __len__, then __getitem__ backwards
            size = length(seq)
            if not size:
                return size
            return reversed_new(args, small_value(size))
    return raise_text(TYPE_ERROR, "'", type_name(seq), "' object is not reversible", "", "")


def reversed_new(args: Ptr[Word], size: i64) -> Word:
    """The iterator of args[0][size - 1], ..., args[0][0] (args: a root area)."""
    rev = new(Reversed)
    if not rev:
        return cast(Word, 0)
    rev.seq = args[0]
    rev.index = size - 1
    return cast(Word, rev)


def list_reverse_next(w: Word) -> Word:
    """As CPython's listreviter: the list may shrink meanwhile."""
    it = cast(Ptr[ListReverseIterator], w)
    if it.seq and it.index >= 0 and it.index < cast(Ptr[List], it.seq).size:
        item = list_array(cast(Ptr[List], it.seq)).items[it.index]
        it.index -= 1
        return item
    it.seq = cast(Word, 0)
    return cast(Word, 0)


def reversed_next(w: Word) -> Word:
    it = cast(Ptr[Reversed], w)
    if not it.seq or it.index < 0:
        it.seq = cast(Word, 0)
        return cast(Word, 0)
    i = it.index
    it.index = i - 1
    r = getitem(it.seq, small(i))
    if not r and (is_subtype(as_object(pending).type, INDEX_ERROR) or is_subtype(as_object(pending).type, STOP_ITERATION)):
        clear()                                 # a user sequence ends so (CPython's reversed_next)
        cast(Ptr[Reversed], w).seq = cast(Word, 0)
    return r


# -- zip and map ---------------------------------------------------------------------------------

def iterators_of(args: Ptr[Word], n: i64) -> Word:
    """A tuple of iter(a) for the n arguments."""
    iters = tuple_new(n)
    if not iters:
        return iters
    for k in range(n):
        it = get_iter(args[k])
        if not it:
            return it
        cast(Ptr[Tuple], iters).items[k] = it
    return iters


def type_zip(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """zip(*iterables, strict=False)."""
    npos = n - kw_count(kwnames)
    strict = 0
    for k in range(kw_count(kwnames)):
        kname = kw_name(kwnames, k)
        if not name_is(kname, "strict"):
            return raise_bad_keyword(kname, "zip()")
        strict = truthy(args[npos + k])
        if strict < 0:
            return cast(Word, 0)
    iters = iterators_of(args, npos)
    if not iters:
        return iters
    z = new(Zip)
    if not z:
        return cast(Word, 0)
    z.iters = iters
    z.strict = strict == 1
    return cast(Word, z)


def raise_zip_length(i: i64, longer: bool) -> Word:
    """zip(strict=True): ValueError for argument i + 1 being shorter or longer than those before."""
    return raise_text(VALUE_ERROR, "zip() argument ", decimal_text(0, i + 1),
                      " is longer than argument" if longer else " is shorter than argument",
                      "s 1-" if i > 1 else " 1", decimal_text(1, i) if i > 1 else "")


def zip_next(w: Word) -> Word:
    n = cast(Ptr[Tuple], cast(Ptr[Zip], w).iters).size
    if n == 0:
        return cast(Word, 0)
    result = tuple_new(n)
    if not result:
        return result
    for k in range(n):
        item = iter_next(cast(Ptr[Tuple], cast(Ptr[Zip], w).iters).items[k])
        if not item:
            if pending or not cast(Ptr[Zip], w).strict:
                return item
            if k > 0:
                return raise_zip_length(k, False)
            for j in range(1, n):    # the first ended: every other must end too
                more = iter_next(cast(Ptr[Tuple], cast(Ptr[Zip], w).iters).items[j])
                if more:
                    return raise_zip_length(j, True)
                if pending:
                    return more
            return item
        cast(Ptr[Tuple], result).items[k] = item
    return result


def type_map(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """map(func, *iterables)."""
    if not no_keywords(kwnames, "map()"):
        return cast(Word, 0)
    if n < 2:
        return raise_text(TYPE_ERROR, "map() must have at least two arguments.", "", "", "", "")
    iters = iterators_of(args + 1, n - 1)
    if not iters:
        return iters
    m = new(Map)
    if not m:
        return cast(Word, 0)
    m.func = args[0]
    m.iters = iters
    return cast(Word, m)


def map_next(w: Word) -> Word:
    n = cast(Ptr[Tuple], cast(Ptr[Map], w).iters).size
    call_args = tuple_new(n)          # the arguments, kept in a heap tuple while they are gathered
    if not call_args:
        return call_args
    for k in range(n):
        item = iter_next(cast(Ptr[Tuple], cast(Ptr[Map], w).iters).items[k])
        if not item:
            return item
        cast(Ptr[Tuple], call_args).items[k] = item
    if n == 1:
        return call_one(cast(Ptr[Map], w).func, cast(Ptr[Tuple], call_args).items[0])
    return call_ex(cast(Ptr[Map], w).func, call_args, none_word())


# -- filter --------------------------------------------------------------------------------------

def type_filter(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """filter(function or None, iterable)."""
    if not no_keywords(kwnames, "filter()"):
        return cast(Word, 0)
    if n != 2:
        return raise_arg_count("filter expected 2 arguments, got ", n, "")
    it = get_iter(args[1])
    if not it:
        return it
    f = new(Filter)
    if not f:
        return cast(Word, 0)
    f.func = args[0]
    f.it = it
    return cast(Word, f)


def filter_next(w: Word) -> Word:
    while True:
        item = iter_next(cast(Ptr[Filter], w).it)
        if not item:
            return item
        test = item
        func = cast(Ptr[Filter], w).func
        if func != none_word():
            test = call_one(func, item)
            if not test:
                return test
        ok = truthy(test)
        if ok < 0:
            return cast(Word, 0)
        if ok == 1:
            return item


# -- any, all, next ------------------------------------------------------------------------------

def any_all(args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], want: i64) -> Word:
    """any() (want 1) or all() (want 0): whether some item's truth is want."""
    if not one_argument(args, n, kwnames, fname):
        return cast(Word, 0)
    it = get_iter(args[0])
    if not it:
        return it
    while True:
        item = iter_next(it)
        if not item:
            if pending:
                return item
            return bool_word(want == 0)
        t = truthy(item)
        if t < 0:
            return cast(Word, 0)
        if t == want:
            return bool_word(want == 1)


def builtin_any(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return any_all(args, n, kwnames, "any()", 1)


def builtin_all(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return any_all(args, n, kwnames, "all()", 0)


def builtin_next(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """next(iterator[, default])."""
    if not no_keywords(kwnames, "next()"):
        return cast(Word, 0)
    if n == 0:
        return raise_arg_count("next expected at least 1 argument, got ", n, "")
    if n > 2:
        return raise_arg_count("next expected at most 2 arguments, got ", n, "")
    t = type_of_value(args[0])
    if not t.next:
        return raise_text(TYPE_ERROR, "'", t.name, "' object is not an iterator", "", "")
    take_stop_value()
    if t.next == slot_next:
        # a class's __next__: the StopIteration it raises is next()'s, with its value and type
        item = call_next(args[0])
        if not item and n == 2 and is_subtype(as_object(pending).type, STOP_ITERATION):
            clear()
            return args[1]
        return item
    item = iter_next(args[0])
    if item or pending:
        return item
    value = take_stop_value()           # what an exhausted generator returned: StopIteration(value)
    if n == 2:
        return args[1]
    if value and value != none_word():
        return raise_stop_iteration(value)
    stop = exception_new(STOP_ITERATION, args, 0, cast(Word, 0))
    if not stop:
        return stop
    return raise_word(stop)


def builtin_iter(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """iter(iterable), iter(callable, sentinel)."""
    if not no_keywords(kwnames, "iter()"):
        return cast(Word, 0)
    if n == 0:
        return raise_arg_count("iter expected at least 1 argument, got ", n, "")
    if n > 2:
        return raise_arg_count("iter expected at most 2 arguments, got ", n, "")
    if n == 1:
        return get_iter(args[0])
    if not type_of_value(args[0]).invoke:
        return raise_text(TYPE_ERROR, "iter(v, w): v must be callable", "", "", "", "")
    it = new(CallIterator)
    if not it:
        return cast(Word, 0)
    it.func = args[0]
    it.sentinel = args[1]
    return cast(Word, it)


def call_iterator_next(w: Word) -> Word:
    """func() until it returns the sentinel (compared with ==) or raises StopIteration."""
    f = cast(Ptr[CallIterator], w).func
    if not f:
        return f
    r = call_object(f, addr(f), 0, cast(Word, 0))
    if not r:
        if pending and is_subtype(type_of_value(pending), STOP_ITERATION):
            clear()
            cast(Ptr[CallIterator], w).func = cast(Word, 0)
        return r
    e = items_equal(cast(Ptr[CallIterator], w).sentinel, r)
    if e < 0:
        return cast(Word, 0)
    if e == 1:
        cast(Ptr[CallIterator], w).func = cast(Word, 0)
        cast(Ptr[CallIterator], w).sentinel = cast(Word, 0)
        return cast(Word, 0)
    return r


def init() -> None:
    constructor(type_of(Enumerate), type_enumerate, enumerate_next)
    constructor(type_of(Zip), type_zip, zip_next)
    constructor(type_of(Map), type_map, map_next)
    constructor(type_of(Filter), type_filter, filter_next)
    constructor(type_of(Reversed), type_reversed, reversed_next)
    iterator_slots(type_of(ListReverseIterator), list_reverse_next)
    iterator_slots(type_of(CallIterator), call_iterator_next)
    type_of(CallIterator).setattr = object_setattr
    type_of(ListReverseIterator).setattr = object_setattr


def constructor(t: Ptr[Type], call: Fn[[Ptr[Type], Ptr[Word], i64, Word], Word], next: Fn[[Word], Word]) -> None:
    t.call = call
    t.setattr = object_setattr
    iterator_slots(t, next)
