"""Iterators over lists, tuples and strs (ranges have theirs in rangeobj.py).

One layout for the three, with CPython's type names. A list iterator reads
the list's current size at every step, as CPython's does, and lets go of the
list once exhausted, so items appended later are not seen. A str iterator
keeps a byte offset into the UTF-8 text.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import iterator_slots
from pyvm.runtime.object import Object, Type
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.listobj import List, list_array
from pyvm.runtime.strobj import Str, utf8_decode, utf8_sequence_length, str_from_code_point


class SeqIterator(Object, name="list_iterator"):
    seq: Word                  # the null Word once exhausted
    index: i64                 # item index; byte offset for strs


LIST_ITERATOR = type_of(SeqIterator)
TUPLE_ITERATOR = static_type(SeqIterator, "tuple_iterator")
STR_ASCII_ITERATOR = static_type(SeqIterator, "str_ascii_iterator")
STR_ITERATOR = static_type(SeqIterator, "str_iterator")


def seq_iter_new(kind: Ptr[Type], seq: Word) -> Word:
    """A new iterator of type kind (one of the four above) at the start of seq."""
    it = new(SeqIterator)
    if not it:
        return cast(Word, 0)
    it.type = kind
    it.seq = seq
    return cast(Word, it)


def seq_iter_next(w: Word) -> Word:
    """The next item, or the null Word with nothing raised when exhausted (MemoryError possible for strs)."""
    it = cast(Ptr[SeqIterator], w)
    seq = it.seq
    if not seq:
        return seq
    i = it.index
    kind = it.type
    if kind == LIST_ITERATOR:
        l = cast(Ptr[List], seq)
        if i < l.size:
            it.index = i + 1
            return list_array(l).items[i]
    elif kind == TUPLE_ITERATOR:
        t = cast(Ptr[Tuple], seq)
        if i < t.size:
            it.index = i + 1
            return t.items[i]
    else:
        s = cast(Ptr[Str], seq)
        if i < s.nbytes:
            cp = utf8_decode(s.data + i)
            it.index = i + utf8_sequence_length(s.data[i])
            return str_from_code_point(cp)
    it.seq = cast(Word, 0)
    return cast(Word, 0)


def seq_iter_remaining(w: Word) -> i64:
    """How many items are left (code points for strs)."""
    it = cast(Ptr[SeqIterator], w)
    seq = it.seq
    if not seq:
        return 0
    kind = it.type
    if kind == LIST_ITERATOR:
        return max(cast(Ptr[List], seq).size - it.index, 0)
    if kind == TUPLE_ITERATOR:
        return cast(Ptr[Tuple], seq).size - it.index
    s = cast(Ptr[Str], seq)
    n: i64 = 0
    for k in range(it.index, s.nbytes):
        if (s.data[k] & 0xC0) != 0x80:
            n += 1
    return n


def init() -> None:
    iterator_slots(LIST_ITERATOR, seq_iter_next)
    iterator_slots(TUPLE_ITERATOR, seq_iter_next)
    iterator_slots(STR_ASCII_ITERATOR, seq_iter_next)
    iterator_slots(STR_ITERATOR, seq_iter_next)


def list_iter(l: Word) -> Word:
    """The iter slot of list (and below, of tuple and str)."""
    return seq_iter_new(LIST_ITERATOR, l)


def tuple_iter(t: Word) -> Word:
    return seq_iter_new(TUPLE_ITERATOR, t)


def str_iter(s: Word) -> Word:
    if cast(Ptr[Str], s).nbytes == cast(Ptr[Str], s).length:
        return seq_iter_new(STR_ASCII_ITERATOR, s)
    return seq_iter_new(STR_ITERATOR, s)
