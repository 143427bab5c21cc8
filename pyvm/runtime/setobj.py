"""set and frozenset: CPython's setobject.c hash table, their methods and operators, and the set
operations of dict views.

A Set is an open-addressed table of 2-word slots (the key's hash word, h << 1 | 1 as dictobj keeps
it, and the key) in a WordArray of (mask + 1) * 2 words. A slot is empty (0, 0), a dummy (DUMMY, 0:
a key was removed; probing goes on past it) or active (hash word, key). Probing is CPython's:
slot h & mask and the LINEAR_PROBES after it, then i = i * 5 + 1 + perturb with perturb = h shifted
right by 5 each time. The table grows when fill (active + dummy slots) reaches 3/5 of the slots, to
the smallest power of two above 4 * len (2 * len past 50,000), and the slots are walked in table
order. So the table is not dictobj's compact one: iteration order, repr and pop() are CPython's
(for ints, whose hashes are their values, programs see that order). The hashes, the equality of
keys and KeyError come from dictobj (hash_word, raise_key_error).

Invariants: 0 <= used <= fill <= mask; mask + 1 is a power of two, at least SET_MIN_SLOTS; table
is always set. A frozenset's hash (CPython's frozenset_hash) is cached in `hash` (-1: not yet).

Not like CPython yet: a display of constants on the right of `in` is built at each run (CPython
folds it into a frozenset constant); sets of strs iterate in another order (str hashes differ, and
CPython's are randomized anyway), as do sets holding None (CPython 3.11 hashes it by address); there
are no dunder methods (`s.__contains__`), no subclasses, no `__sizeof__`, `__reduce__`.

Every function returning a Word returns the null Word after raising; bool results are False after
raising, i64 results -1 (slot numbers -2). The functions take Words their callers know are sets or
frozensets, where so named.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import (Object, Type, small, none_word, bool_word, has_type, add_method, as_object,
                                 is_small, NOT_IMPLEMENTED)
from pyvm.runtime.strobj import str_from_cstr, str_eq, as_str
from pyvm.runtime.bytesobj import Bytes, BYTES_TYPE
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.listobj import WordArray, LIST_MAX_ITEMS
from pyvm.runtime.strbuilder import str_builder_new, str_builder_add_cstr, str_builder_finish, str_builder_free
from pyvm.runtime.errors import (message, raise_msg, raise_text, raise_message, raise_memory_error, decimal_text,
                                 pending,
                                 TYPE_ERROR, KEY_ERROR, RUNTIME_ERROR)
from pyvm.runtime.ops import (values_equal, add_repr, repr_enter, repr_leave, get_iter, iter_next, iterator_slots,
                              hash_not_implemented, truth_word, type_name, contains, hash_of, STR_TYPE,
                              INT_TYPE, BOOL_TYPE, FLOAT_TYPE, NONE_TYPE, TUPLE_TYPE, RANGE_TYPE,
                              CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE, OP_AND, OP_OR, OP_SUB, OP_XOR)
from pyvm.runtime.dictobj import (DICT_TYPE, DICT_KEYS, DICT_ITEMS, hash_word, raise_key_error, dict_next,
                                  dict_find, all_members, entry_words, as_dict, mapping_size, is_set_view,
                                  dict_view_contains)
from pyvm.runtime.builtins import BuiltinFunction, no_arguments


class Set(Object, name="set"):
    used: i64                  # active slots: len(s)
    fill: i64                  # active and dummy slots
    mask: i64                  # slots - 1
    table: Word                # a WordArray of 2 words a slot: hash word, key
    finger: i64                # where pop() looks first
    hash: i64                  # a frozenset's hash once computed, else -1


class SetIterator(Object, name="set_iterator"):
    set: Word                  # the null Word once exhausted
    used: i64                  # len(set) when made; -1 once it changed (the error repeats, as in CPython)
    pos: i64                   # the slot to look at next


SET_TYPE = type_of(Set)
FROZENSET_TYPE = static_type(Set, "frozenset")
SET_ITERATOR = type_of(SetIterator)

SET_MIN_SLOTS = 8
LINEAR_PROBES = 9
PERTURB_SHIFT = 5
DUMMY = -1                     # a removed key's hash word (CPython's dummy entries hash to -1)
DISCARD_FOUND = 1

SET_ADD = static(BuiltinFunction, name="add", method=set_add_method)
SET_CLEAR = static(BuiltinFunction, name="clear", method=set_clear_method)
SET_COPY = static(BuiltinFunction, name="copy", method=set_copy_method)
SET_DISCARD = static(BuiltinFunction, name="discard", method=set_discard_method)
SET_DIFFERENCE = static(BuiltinFunction, name="difference", method=set_difference_method)
SET_DIFFERENCE_UPDATE = static(BuiltinFunction, name="difference_update", method=set_difference_update_method)
SET_INTERSECTION = static(BuiltinFunction, name="intersection", method=set_intersection_method)
SET_INTERSECTION_UPDATE = static(BuiltinFunction, name="intersection_update", method=set_intersection_update_method)
SET_ISDISJOINT = static(BuiltinFunction, name="isdisjoint", method=set_isdisjoint_method)
SET_ISSUBSET = static(BuiltinFunction, name="issubset", method=set_issubset_method)
SET_ISSUPERSET = static(BuiltinFunction, name="issuperset", method=set_issuperset_method)
SET_POP = static(BuiltinFunction, name="pop", method=set_pop_method)
SET_REMOVE = static(BuiltinFunction, name="remove", method=set_remove_method)
SET_SYMMETRIC_DIFFERENCE = static(BuiltinFunction, name="symmetric_difference", method=set_symmetric_difference_method)
SET_SYMMETRIC_DIFFERENCE_UPDATE = static(BuiltinFunction, name="symmetric_difference_update",
                                         method=set_symmetric_difference_update_method)
SET_UNION = static(BuiltinFunction, name="union", method=set_union_method)
SET_UPDATE = static(BuiltinFunction, name="update", method=set_update_method)
# frozenset's own copies (a method table links its functions): the same functions
FROZENSET_COPY = static(BuiltinFunction, name="copy", method=set_copy_method)
FROZENSET_DIFFERENCE = static(BuiltinFunction, name="difference", method=set_difference_method)
FROZENSET_INTERSECTION = static(BuiltinFunction, name="intersection", method=set_intersection_method)
FROZENSET_ISDISJOINT = static(BuiltinFunction, name="isdisjoint", method=set_isdisjoint_method)
FROZENSET_ISSUBSET = static(BuiltinFunction, name="issubset", method=set_issubset_method)
FROZENSET_ISSUPERSET = static(BuiltinFunction, name="issuperset", method=set_issuperset_method)
FROZENSET_SYMMETRIC_DIFFERENCE = static(BuiltinFunction, name="symmetric_difference",
                                        method=set_symmetric_difference_method)
FROZENSET_UNION = static(BuiltinFunction, name="union", method=set_union_method)
KEYS_ISDISJOINT = static(BuiltinFunction, name="isdisjoint", method=view_isdisjoint_method)
ITEMS_ISDISJOINT = static(BuiltinFunction, name="isdisjoint", method=view_isdisjoint_method)


def init() -> None:
    set_slots(SET_TYPE)
    set_slots(FROZENSET_TYPE)
    SET_TYPE.hash = hash_not_implemented
    FROZENSET_TYPE.hash = frozenset_hash
    SET_TYPE.call = type_set
    FROZENSET_TYPE.call = type_frozenset
    iterator_slots(SET_ITERATOR, set_iter_next)
    add_method(SET_TYPE, SET_UPDATE)
    add_method(SET_TYPE, SET_UNION)
    add_method(SET_TYPE, SET_SYMMETRIC_DIFFERENCE_UPDATE)
    add_method(SET_TYPE, SET_SYMMETRIC_DIFFERENCE)
    add_method(SET_TYPE, SET_REMOVE)
    add_method(SET_TYPE, SET_POP)
    add_method(SET_TYPE, SET_ISSUPERSET)
    add_method(SET_TYPE, SET_ISSUBSET)
    add_method(SET_TYPE, SET_ISDISJOINT)
    add_method(SET_TYPE, SET_INTERSECTION_UPDATE)
    add_method(SET_TYPE, SET_INTERSECTION)
    add_method(SET_TYPE, SET_DIFFERENCE_UPDATE)
    add_method(SET_TYPE, SET_DIFFERENCE)
    add_method(SET_TYPE, SET_DISCARD)
    add_method(SET_TYPE, SET_COPY)
    add_method(SET_TYPE, SET_CLEAR)
    add_method(SET_TYPE, SET_ADD)
    add_method(FROZENSET_TYPE, FROZENSET_UNION)
    add_method(FROZENSET_TYPE, FROZENSET_SYMMETRIC_DIFFERENCE)
    add_method(FROZENSET_TYPE, FROZENSET_ISSUPERSET)
    add_method(FROZENSET_TYPE, FROZENSET_ISSUBSET)
    add_method(FROZENSET_TYPE, FROZENSET_ISDISJOINT)
    add_method(FROZENSET_TYPE, FROZENSET_INTERSECTION)
    add_method(FROZENSET_TYPE, FROZENSET_DIFFERENCE)
    add_method(FROZENSET_TYPE, FROZENSET_COPY)
    DICT_KEYS.number = view_number
    DICT_ITEMS.number = view_number
    add_method(DICT_KEYS, KEYS_ISDISJOINT)
    add_method(DICT_ITEMS, ITEMS_ISDISJOINT)


def set_slots(t: Ptr[Type]) -> None:
    """The slots set and frozenset share."""
    t.repr = set_repr
    t.length = set_length
    t.truth = set_truth
    t.iter = set_iter
    t.contains = set_contains
    t.richcompare = set_richcompare
    t.number = set_number

# -- the table ----------------------------------------------------------------------------------

@inline
def as_set(s: Word) -> Ptr[Set]:
    return cast(Ptr[Set], s)


@inline
def is_any_set(w: Word) -> bool:
    """w is a set or a frozenset (CPython's PyAnySet_Check)."""
    return has_type(w, SET_TYPE) or has_type(w, FROZENSET_TYPE)


@inline
def slot_words(p: Ptr[Set], i: i64) -> Ptr[Word]:
    """The two words of slot i: an interior pointer, not to be held across a collection."""
    return cast(Ptr[WordArray], p.table).items + i * 2


@inline
def hash_of_word(hw: Word) -> i64:
    """The hash h of a hash word h << 1 | 1."""
    return cast(i64, hw) >> 1


@inline
def set_len(s: Word) -> i64:
    return as_set(s).used


def set_new(kind: Ptr[Type]) -> Word:
    """A new empty set or frozenset (kind SET_TYPE or FROZENSET_TYPE)."""
    table = new(WordArray, SET_MIN_SLOTS * 2)
    if not table:
        return cast(Word, 0)
    s = new(Set)
    if not s:
        return cast(Word, 0)
    s.type = kind
    s.mask = SET_MIN_SLOTS - 1
    s.table = cast(Word, table)
    s.hash = -1
    return cast(Word, s)


def set_next(s: Word, i: i64) -> i64:
    """The first active slot at or after i, or -1 when there is none."""
    p = as_set(s)
    while i <= p.mask:
        if slot_words(p, i)[1]:
            return i
        i += 1
    return -1


@inline
def set_key_at(s: Word, i: i64) -> Word:
    return slot_words(as_set(s), i)[1]


@inline
def set_hash_at(s: Word, i: i64) -> Word:
    return slot_words(as_set(s), i)[0]


def key_equal(s: Word, i: i64, k: Word, key: Word) -> i64:
    """k == key, k being the key in slot i: 1 or 0, -1 after raising; 2 when the comparison changed s's
    table or that slot (the search starts again, as CPython's)."""
    if has_type(k, STR_TYPE) and has_type(key, STR_TYPE):
        return 1 if str_eq(k, key) else 0
    table = as_set(s).table
    e = values_equal(k, key)
    if e < 0:
        return -1
    if as_set(s).table != table or set_key_at(s, i) != k:
        return 2
    return e


def set_lookup(s: Word, key: Word, hw: Word, free: Ptr[i64]) -> i64:
    """The slot holding key (hashed to hw) in s, or -1 when it is missing, -2 after raising. When free
    is not null, *free gets where an insertion goes: the last dummy seen, else the empty slot that
    ended the search (CPython's set_add_entry; set_lookkey when free is null)."""
    while True:
        mask = as_set(s).mask
        perturb = cast(u64, hash_of_word(hw))
        i = cast(i64, perturb) & mask
        freeslot: i64 = -1
        again = False
        while not again:
            probes: i64 = 0
            if i + LINEAR_PROBES <= mask:
                probes = LINEAR_PROBES
            j = i
            while j <= i + probes and not again:
                e = slot_words(as_set(s), j)
                h = e[0]
                if not h:
                    if free:
                        free[0] = freeslot if freeslot >= 0 else j
                    return -1
                if h == hw:
                    k = e[1]
                    if k == key:
                        return j
                    r = key_equal(s, j, k, key)
                    if r < 0:
                        return -2
                    if r == 1:
                        return j
                    if r == 2:
                        again = True
                    mask = as_set(s).mask
                elif h == cast(Word, DUMMY):
                    freeslot = j
                j += 1
            perturb = perturb >> u64(PERTURB_SHIFT)
            i = (i * 5 + 1 + cast(i64, perturb)) & mask


def insert_clean(table: Ptr[WordArray], mask: i64, key: Word, hw: Word) -> None:
    """Put key, known to be missing, into a table without dummies (CPython's set_insert_clean)."""
    perturb = cast(u64, hash_of_word(hw))
    i = cast(i64, perturb) & mask
    while True:
        probes: i64 = 0
        if i + LINEAR_PROBES <= mask:
            probes = LINEAR_PROBES
        for j in range(i, i + probes + 1):
            e = table.items + j * 2
            if not e[1]:
                e[0] = hw
                e[1] = key
                return
        perturb = perturb >> u64(PERTURB_SHIFT)
        i = (i * 5 + 1 + cast(i64, perturb)) & mask


def set_resize(s: Word, minused: i64) -> bool:
    """A table of the fewest slots above minused, the active slots put into it in table order and
    the dummies dropped (CPython's set_table_resize); False after MemoryError."""
    slots = SET_MIN_SLOTS
    while slots <= minused:
        slots = slots * 2
    if slots == SET_MIN_SLOTS and as_set(s).mask == SET_MIN_SLOTS - 1 and as_set(s).fill == as_set(s).used:
        return True
    if slots * 2 > LIST_MAX_ITEMS:
        raise_memory_error()
        return False
    table = new(WordArray, slots * 2)
    if not table:
        return False
    p = as_set(s)                   # re-read after new: s may have moved
    old = cast(Ptr[WordArray], p.table)
    for i in range(p.mask + 1):
        if old.items[i * 2 + 1]:
            insert_clean(table, slots - 1, old.items[i * 2 + 1], old.items[i * 2])
    p.table = cast(Word, table)
    p.mask = slots - 1
    p.fill = p.used
    return True


def grow_size(used: i64) -> i64:
    return used * 2 if used > 50000 else used * 4


def set_add_hashed(s: Word, key: Word, hw: Word) -> bool:
    """Add key, hashed to hw, unless it is there; False after raising."""
    free: i64 = -1
    i = set_lookup(s, key, hw, addr(free))
    if i == -2:
        return False
    if i >= 0:
        return True
    p = as_set(s)
    e = slot_words(p, free)
    p.used += 1
    if e[0] == cast(Word, DUMMY):
        e[0] = hw
        e[1] = key
        return True
    e[0] = hw
    e[1] = key
    p.fill += 1
    if p.fill * 5 < p.mask * 3:
        return True
    return set_resize(s, grow_size(p.used))


def set_add_key(s: Word, key: Word) -> bool:
    """s.add(key); False after raising (TypeError for an unhashable key). SET_ADD."""
    hw = cast(Word, 0)
    if not hash_word(key, addr(hw)):
        return False
    return set_add_hashed(s, key, hw)


def set_contains_hashed(s: Word, key: Word, hw: Word) -> i64:
    i = set_lookup(s, key, hw, cast(Ptr[i64], 0))
    if i == -2:
        return -1
    return 1 if i >= 0 else 0


def set_discard_hashed(s: Word, key: Word, hw: Word) -> i64:
    """Remove key, hashed to hw, if there: 1 when it was (DISCARD_FOUND), 0 when not, -1 after raising."""
    i = set_lookup(s, key, hw, cast(Ptr[i64], 0))
    if i == -2:
        return -1
    if i == -1:
        return 0
    p = as_set(s)
    e = slot_words(p, i)
    e[0] = cast(Word, DUMMY)
    e[1] = cast(Word, 0)
    p.used -= 1
    return DISCARD_FOUND


def as_key(key: Word) -> Word:
    """key, or a frozenset of it when it is a set: `{1} in s` looks for frozenset({1}), as CPython."""
    if has_type(key, SET_TYPE):
        return set_from_iterable(FROZENSET_TYPE, key)
    return key


def set_key_op(s: Word, key: Word, discard: bool) -> i64:
    """key in s, or (discard) s.discard(key): 1 or 0, -1 after raising."""
    key = as_key(key)
    if not key:
        return -1
    hw = cast(Word, 0)
    if not hash_word(key, addr(hw)):
        return -1
    if discard:
        return set_discard_hashed(s, key, hw)
    return set_contains_hashed(s, key, hw)


def set_clear(s: Word) -> bool:
    """s.clear(): an empty table of SET_MIN_SLOTS; False after MemoryError."""
    table = new(WordArray, SET_MIN_SLOTS * 2)
    if not table:
        return False
    p = as_set(s)
    p.table = cast(Word, table)
    p.mask = SET_MIN_SLOTS - 1
    p.used = 0
    p.fill = 0
    p.hash = -1
    return True


# -- filling a set ------------------------------------------------------------------------------

def set_merge(s: Word, other: Word) -> bool:
    """s.update(other) for a set or frozenset other (CPython's set_merge); False after raising."""
    if other == s or as_set(other).used == 0:
        return True
    if (as_set(s).fill + as_set(other).used) * 5 >= as_set(s).mask * 3:
        if not set_resize(s, (as_set(s).used + as_set(other).used) * 2):
            return False
    p = as_set(s)
    o = as_set(other)
    if p.fill == 0:
        # an empty table: copy the slots when the sizes agree, else insert without comparing
        same = p.mask == o.mask and o.fill == o.used
        for i in range(o.mask + 1):
            e = slot_words(o, i)
            if e[1]:
                if same:
                    slot_words(p, i)[0] = e[0]
                    slot_words(p, i)[1] = e[1]
                else:
                    insert_clean(cast(Ptr[WordArray], p.table), p.mask, e[1], e[0])
        p.fill = o.used
        p.used = o.used
        return True
    i = set_next(other, 0)
    while i >= 0:
        if not set_add_hashed(s, set_key_at(other, i), set_hash_at(other, i)):
            return False
        i = set_next(other, i + 1)
    return True


def set_update(s: Word, other: Word) -> bool:
    """s.update(other) for any iterable other (CPython's set_update_internal); False after raising."""
    if is_any_set(other):
        return set_merge(s, other)
    if has_type(other, DICT_TYPE):
        n = mapping_size(other)
        if (as_set(s).fill + n) * 5 >= as_set(s).mask * 3:
            if not set_resize(s, (as_set(s).used + n) * 2):
                return False
        i = dict_next(other, 0)
        while i >= 0:
            e = entry_words(as_dict(other), i)
            if not set_add_hashed(s, e[1], e[0]):      # the dict's hash words are a set's
                return False
            i = dict_next(other, i + 1)
        return True
    it = get_iter(other)
    if not it:
        return False
    while True:
        item = iter_next(it)
        if not item:
            return not pending
        if not set_add_key(s, item):
            return False


def set_from_iterable(kind: Ptr[Type], iterable: Word) -> Word:
    """A new set or frozenset of iterable's items (0: none)."""
    s = set_new(kind)
    if not s or not iterable:
        return s
    if not set_update(s, iterable):
        return cast(Word, 0)
    return s


def set_from_items(items: Ptr[Word], n: i64) -> Word:
    """BUILD_SET: a set of the n Words at items, which lie in a root area."""
    s = set_new(SET_TYPE)
    if not s:
        return s
    for k in range(n):
        if not set_add_key(s, items[k]):
            return cast(Word, 0)
    return s


def set_update_display(s: Word, iterable: Word) -> bool:
    """SET_UPDATE: {..., *iterable, ...}; False after raising."""
    return set_update(s, iterable)


def set_copy(s: Word) -> Word:
    """A new set of s's type with its keys (CPython's make_new_set_basetype(type(s), s))."""
    return set_from_iterable(as_object(s).type, s)


def type_set(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """set(), set(iterable)."""
    if not constructor_arguments(n, kwnames, "set"):
        return cast(Word, 0)
    return set_from_iterable(SET_TYPE, args[0] if n == 1 else cast(Word, 0))


def type_frozenset(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """frozenset(), frozenset(iterable): a frozenset itself when given one."""
    if not constructor_arguments(n, kwnames, "frozenset"):
        return cast(Word, 0)
    if n == 1 and has_type(args[0], FROZENSET_TYPE):
        return args[0]
    return set_from_iterable(FROZENSET_TYPE, args[0] if n == 1 else cast(Word, 0))


def constructor_arguments(n: i64, kwnames: Word, name: Ptr[u8]) -> bool:
    """At most one positional argument and no keywords, with CPython's messages."""
    if kwnames:
        raise_text(TYPE_ERROR, name, "() takes no keyword arguments", "", "", "")
        return False
    if n > 1:
        raise_text(TYPE_ERROR, name, " expected at most 1 argument, got ", decimal_text(0, n), "", "")
        return False
    return True


# -- iteration, repr, hash ------------------------------------------------------------------------

def set_iter(s: Word) -> Word:
    it = new(SetIterator)
    if not it:
        return cast(Word, 0)
    it.set = s                      # after new: s is the collector's updated root
    it.used = as_set(s).used
    return cast(Word, it)


def set_iter_next(w: Word) -> Word:
    """The next key in table order; RuntimeError when the set changed size since the iterator was made."""
    it = cast(Ptr[SetIterator], w)
    s = it.set
    if not s:
        return s
    if it.used != as_set(s).used:
        it.used = -1
        return raise_msg(RUNTIME_ERROR, "Set changed size during iteration")
    i = set_next(s, it.pos)
    if i < 0:
        it.set = cast(Word, 0)
        return cast(Word, 0)
    it.pos = i + 1
    return set_key_at(s, i)


def set_length(s: Word) -> Word:
    return small(as_set(s).used)


def set_truth(s: Word) -> i64:
    return 1 if as_set(s).used else 0


def set_repr(s: Word) -> Word:
    """{1, 2}, set(), frozenset({1}), frozenset(); set(...) for a set inside itself."""
    return set_repr_named(s, type_name(s), has_type(s, FROZENSET_TYPE))


def set_repr_named(s: Word, name: Ptr[u8], frozen: bool) -> Word:
    """set_repr of s, named name; its items between name( and ) when frozen (a subclass's:
    Tags({1}))."""
    entered = repr_enter(s)
    if entered < 0:
        return cast(Word, 0)
    if entered == 1:
        return message(name, "(...)", "", cast(Word, 0), "", "", "", "")
    if as_set(s).used == 0:
        repr_leave()
        return message(name, "()", "", cast(Word, 0), "", "", "", "")
    b = str_builder_new()
    if not b:
        repr_leave()
        return cast(Word, 0)
    if frozen:
        str_builder_add_cstr(b, name)
        str_builder_add_cstr(b, "(")
    str_builder_add_cstr(b, "{")
    i = set_next(s, 0)
    first = True
    while i >= 0:
        if not first:
            str_builder_add_cstr(b, ", ")
        first = False
        if not add_repr(b, set_key_at(s, i)):
            str_builder_free(b)
            repr_leave()
            return cast(Word, 0)
        i = set_next(s, i + 1)
    str_builder_add_cstr(b, "}")
    if frozen:
        str_builder_add_cstr(b, ")")
    repr_leave()
    return str_builder_finish(b)


@inline
def shuffle_bits(h: u64) -> u64:
    return ((h ^ u64(89869747)) ^ (h << u64(16))) * u64(3644798167)


def hashes_quietly(w: Word, depth: i64) -> bool:
    """Whether hashing w runs no Python code: a number, None, str, bytes, range, frozenset, or a tuple
    of such values (nested at most 8 deep)."""
    if is_small(w):
        return True
    t = as_object(w).type
    if t == TUPLE_TYPE:
        p = cast(Ptr[Tuple], w)
        i: i64 = 0
        while i < p.size:
            if depth >= 8 or not hashes_quietly(p.items[i], depth + 1):
                return False
            i += 1
        return True
    return (t == STR_TYPE or t == INT_TYPE or t == FLOAT_TYPE or t == BOOL_TYPE or t == NONE_TYPE
            or t == BYTES_TYPE or t == FROZENSET_TYPE or t == RANGE_TYPE)


def whole_hash(key: Word, hw: Word) -> u64:
    """The hash of a key hashed to hw, with the top bit a hash word (h << 1 | 1) has no room for:
    strs, bytes and frozensets cached it, a range or a tuple hashing quietly is hashed again.
    Numbers' hashes fit in 63 bits; other keys hash by identity (or by a user __hash__, not run
    again here)."""
    if is_small(key):
        return cast(u64, hash_of_word(hw))
    t = as_object(key).type
    if t == STR_TYPE:
        return cast(u64, as_str(key).hash)
    if t == BYTES_TYPE:
        return cast(u64, cast(Ptr[Bytes], key).hash)
    if t == FROZENSET_TYPE:
        return cast(u64, as_set(key).hash)
    h: i64 = hash_of_word(hw)
    if (t == TUPLE_TYPE or t == RANGE_TYPE) and hashes_quietly(key, 0):
        hash_of(key, addr(h))
    return cast(u64, h)


def frozenset_hash(s: Word, out: Ptr[i64]) -> bool:
    """CPython's frozenset_hash: the shuffled hashes of the keys xor'ed (in any order), the size
    mixed in, then dispersed; cached."""
    p = as_set(s)
    if p.hash != -1:
        out[0] = p.hash
        return True
    h: u64 = 0
    i = set_next(s, 0)
    while i >= 0:
        h = h ^ shuffle_bits(whole_hash(set_key_at(s, i), set_hash_at(s, i)))
        i = set_next(s, i + 1)
    h = h ^ ((cast(u64, p.used) + u64(1)) * u64(1927868237))
    h = h ^ ((h >> u64(11)) ^ (h >> u64(25)))
    h = h * u64(69069) + u64(907133923)
    if h == u64(0) - u64(1):
        h = u64(590923713)
    p.hash = cast(i64, h)
    out[0] = p.hash
    return True


def set_contains(s: Word, key: Word) -> i64:
    """key in s: 1 or 0, -1 after raising."""
    return set_key_op(s, key, False)


# -- comparisons ----------------------------------------------------------------------------------

def set_issubset(s: Word, other: Word) -> i64:
    """Every key of s is in other (any iterable): 1 or 0, -1 after raising."""
    if not is_any_set(other):
        other = set_from_iterable(SET_TYPE, other)
        if not other:
            return -1
    if as_set(s).used > as_set(other).used:
        return 0
    i = set_next(s, 0)
    while i >= 0:
        r = set_contains_hashed(other, set_key_at(s, i), set_hash_at(s, i))
        if r <= 0:
            return r
        i = set_next(s, i + 1)
    return 1


def set_issuperset(s: Word, other: Word) -> i64:
    if not is_any_set(other):
        other = set_from_iterable(SET_TYPE, other)
        if not other:
            return -1
    return set_issubset(other, s)


def set_richcompare(a: Word, b: Word, op: i64) -> Word:
    """Sets and frozensets compare as sets: == and != by their keys, < <= > >= as subsets."""
    if not is_any_set(b):
        return cast(Word, NOT_IMPLEMENTED)
    na = as_set(a).used
    nb = as_set(b).used
    r: i64 = 0
    if op == CMP_EQ or op == CMP_NE:
        if na == nb:
            r = set_issubset(a, b)
        if op == CMP_NE and r >= 0:
            r = 1 - r
    elif op == CMP_LE:
        r = set_issubset(a, b)
    elif op == CMP_GE:
        r = set_issuperset(a, b)
    elif op == CMP_LT:
        if na < nb:
            r = set_issubset(a, b)
    elif op == CMP_GT:
        if na > nb:
            r = set_issuperset(a, b)
    return truth_word(r)


# -- the algebra (CPython's functions of the same names, in the same order of work) --------------

def set_intersection(s: Word, other: Word) -> Word:
    """A new set of s's type with the keys of s that other (any iterable) has."""
    if s == other:
        return set_copy(s)
    result = set_new(as_object(s).type)
    if not result:
        return result
    if is_any_set(other):
        if as_set(other).used > as_set(s).used:        # walk the smaller one
            t = s
            s = other
            other = t
        i = set_next(other, 0)
        while i >= 0:
            key = set_key_at(other, i)
            hw = set_hash_at(other, i)
            r = set_contains_hashed(s, key, hw)
            if r < 0:
                return cast(Word, 0)
            if r == 1 and not set_add_hashed(result, key, hw):
                return cast(Word, 0)
            i = set_next(other, i + 1)
        return result
    it = get_iter(other)
    if not it:
        return it
    while True:
        item = iter_next(it)
        if not item:
            if pending:
                return item
            return result
        hw = cast(Word, 0)
        if not hash_word(item, addr(hw)):
            return cast(Word, 0)
        r = set_contains_hashed(s, item, hw)
        if r < 0:
            return cast(Word, 0)
        if r == 1:
            if not set_add_hashed(result, item, hw):
                return cast(Word, 0)
            if as_set(result).used >= as_set(s).used:
                return result


def set_swap_bodies(a: Word, b: Word) -> None:
    """a takes b's keys (b is a fresh set about to be dropped)."""
    p = as_set(a)
    q = as_set(b)
    p.table = q.table
    p.mask = q.mask
    p.fill = q.fill
    p.used = q.used
    p.hash = -1


def set_intersection_update(s: Word, other: Word) -> bool:
    r = set_intersection(s, other)
    if not r:
        return False
    set_swap_bodies(s, r)
    return True


def set_difference_update(s: Word, other: Word) -> bool:
    """s.difference_update(other) (CPython's set_difference_update_internal); False after raising."""
    if s == other:
        return set_clear(s)
    if is_any_set(other):
        if (as_set(other).used >> 3) > as_set(s).used:
            other = set_intersection(s, other)
            if not other:
                return False
        i = set_next(other, 0)
        while i >= 0:
            if set_discard_hashed(s, set_key_at(other, i), set_hash_at(other, i)) < 0:
                return False
            i = set_next(other, i + 1)
    else:
        it = get_iter(other)
        if not it:
            return False
        while True:
            item = iter_next(it)
            if not item:
                if pending:
                    return False
                break
            if set_key_op(s, item, True) < 0:
                return False
    p = as_set(s)
    if p.fill - p.used <= p.mask // 4:        # resize the dummies away past a quarter
        return True
    return set_resize(s, grow_size(p.used))


def set_difference(s: Word, other: Word) -> Word:
    """A new set of s's type with the keys of s other lacks (CPython's set_difference)."""
    other_size: i64 = 0
    if is_any_set(other):
        other_size = as_set(other).used
    elif has_type(other, DICT_TYPE):
        other_size = mapping_size(other)
    else:
        other_size = -1
    if other_size < 0 or (as_set(s).used >> 2) > other_size:
        result = set_copy(s)
        if not result or not set_difference_update(result, other):
            return cast(Word, 0)
        return result
    result = set_new(as_object(s).type)
    if not result:
        return result
    r: i64 = 0
    i = set_next(s, 0)
    while i >= 0:
        key = set_key_at(s, i)
        hw = set_hash_at(s, i)
        if has_type(other, DICT_TYPE):
            r = dict_contains_hashed(other, key, hw)
        else:
            r = set_contains_hashed(other, key, hw)
        if r < 0:
            return cast(Word, 0)
        if r == 0 and not set_add_hashed(result, key, hw):
            return cast(Word, 0)
        i = set_next(s, i + 1)
    return result


def dict_contains_hashed(d: Word, key: Word, hw: Word) -> i64:
    i = dict_find(d, key, hw)
    if i == -2:
        return -1
    return 1 if i >= 0 else 0


def set_symmetric_difference_update(s: Word, other: Word) -> bool:
    """s ^= other for any iterable other; False after raising."""
    if s == other:
        return set_clear(s)
    if not is_any_set(other):
        other = set_from_iterable(as_object(s).type, other)
        if not other:
            return False
    i = set_next(other, 0)
    while i >= 0:
        key = set_key_at(other, i)
        hw = set_hash_at(other, i)
        r = set_discard_hashed(s, key, hw)
        if r < 0:
            return False
        if r == 0 and not set_add_hashed(s, key, hw):
            return False
        i = set_next(other, i + 1)
    return True


def set_symmetric_difference(s: Word, other: Word) -> Word:
    result = set_from_iterable(as_object(s).type, other)
    if not result or not set_symmetric_difference_update(result, s):
        return cast(Word, 0)
    return result


def set_union(s: Word, other: Word) -> Word:
    result = set_copy(s)
    if not result or other == s:
        return result
    if not set_update(result, other):
        return cast(Word, 0)
    return result


def set_isdisjoint(s: Word, other: Word) -> i64:
    """s and other (any iterable) have no key in common: 1 or 0, -1 after raising."""
    if s == other:
        return 1 if as_set(s).used == 0 else 0
    if is_any_set(other):
        if as_set(other).used > as_set(s).used:
            t = s
            s = other
            other = t
        i = set_next(other, 0)
        while i >= 0:
            r = set_contains_hashed(s, set_key_at(other, i), set_hash_at(other, i))
            if r != 0:
                return -1 if r < 0 else 0
            i = set_next(other, i + 1)
        return 1
    return all_members(other, s, 0)


# -- operators -----------------------------------------------------------------------------------

def set_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """a | b, a & b, a - b, a ^ b between sets and frozensets: a new one of a's type; in place on a
    set (a frozenset's |= makes a new one, as CPython's, which has no in-place slots for it)."""
    if not is_any_set(a) or not is_any_set(b) or (op != OP_OR and op != OP_AND and op != OP_SUB and op != OP_XOR):
        return cast(Word, NOT_IMPLEMENTED)
    if inplace and has_type(a, SET_TYPE):
        ok = False
        if op == OP_OR:
            ok = set_update(a, b)
        elif op == OP_AND:
            ok = set_intersection_update(a, b)
        elif op == OP_SUB:
            ok = set_difference_update(a, b)
        else:
            ok = set_symmetric_difference_update(a, b)
        if not ok:
            return cast(Word, 0)
        return a
    if op == OP_OR:
        return set_union(a, b)
    if op == OP_AND:
        return set_intersection(a, b)
    if op == OP_SUB:
        return set_difference(a, b)
    return set_symmetric_difference(a, b)


def view_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """The set operations of keys and items views (CPython's dictviews_or, _and, _sub, _xor): a new
    set, from whichever operand is on the left, any iterable on the other side."""
    if op == OP_AND:
        return view_intersection(a, b)
    if op != OP_OR and op != OP_SUB and op != OP_XOR:
        return cast(Word, NOT_IMPLEMENTED)
    result = set_from_iterable(SET_TYPE, a)
    if not result:
        return result
    ok = False
    if op == OP_OR:
        ok = set_update(result, b)
    elif op == OP_SUB:
        ok = set_difference_update(result, b)
    else:
        ok = set_symmetric_difference_update(result, b)
    if not ok:
        return cast(Word, 0)
    return result


def view_intersection(a: Word, b: Word) -> Word:
    """view & other (CPython's _PyDictView_Intersect): the items of the smaller side found in the view."""
    view = a
    other = b
    if not is_set_view(view):
        view = b
        other = a
    n = mapping_size(view)
    if has_type(other, SET_TYPE) and n <= as_set(other).used:
        return set_intersection(other, view)
    if is_set_view(other) and mapping_size(other) > n:
        t = view
        view = other
        other = t
    result = set_new(SET_TYPE)
    if not result:
        return result
    it = get_iter(other)
    if not it:
        return it
    while True:
        item = iter_next(it)
        if not item:
            if pending:
                return item
            return result
        r = dict_view_contains(view, item)
        if r < 0 or (r == 1 and not set_add_key(result, item)):
            return cast(Word, 0)


def view_isdisjoint_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """view.isdisjoint(other): walks other, or the view when other is a larger set or view."""
    if not method_arguments(self, n, kwnames, "isdisjoint", 1):
        return cast(Word, 0)
    other = args[0]
    if self == other:
        return bool_word(mapping_size(self) == 0)
    if is_any_set(other) and as_set(other).used > mapping_size(self):
        return truth_word(all_members(self, other, 0))
    if is_set_view(other) and mapping_size(other) > mapping_size(self):
        return truth_word(all_members(self, other, 0))
    return truth_word(all_members(other, self, 0))


# -- methods -------------------------------------------------------------------------------------

def method_arguments(self: Word, n: i64, kwnames: Word, name: Ptr[u8], count: i64) -> bool:
    """No keywords, and (count 0 or 1) exactly that many positional arguments; count -1: any number.
    CPython's messages, with the receiver's type name: set.add() takes exactly one argument (2 given)."""
    if kwnames:
        raise_text(TYPE_ERROR, type_name(self), ".", name, "() takes no keyword arguments", "")
        return False
    if count == 1 and n != 1:
        raise_message(TYPE_ERROR, type_name(self), ".", name, cast(Word, 0), "() takes exactly one argument (",
                      decimal_text(0, n), " given)", "")
        return False
    if count == 0 and n != 0:
        raise_message(TYPE_ERROR, type_name(self), ".", name, cast(Word, 0), "() takes no arguments (",
                      decimal_text(0, n), " given)", "")
        return False
    return True


@inline
def none_unless_failed(ok: bool) -> Word:
    if not ok:
        return cast(Word, 0)
    return none_word()


def each_argument(s: Word, args: Ptr[Word], n: i64, f: Fn[[Word, Word], bool]) -> bool:
    """f(s, a) for each of the n arguments a (update and difference_update); False after raising."""
    for k in range(n):
        if not f(s, args[k]):
            return False
    return True


def set_add_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "add", 1):
        return cast(Word, 0)
    return none_unless_failed(set_add_key(self, args[0]))


def set_clear_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "clear", 0):
        return cast(Word, 0)
    return none_unless_failed(set_clear(self))


def set_copy_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "copy", 0):
        return cast(Word, 0)
    if has_type(self, FROZENSET_TYPE):
        return self
    return set_copy(self)


def set_discard_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "discard", 1):
        return cast(Word, 0)
    return none_unless_failed(set_key_op(self, args[0], True) >= 0)


def set_remove_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.remove(key): KeyError(key) when missing."""
    if not method_arguments(self, n, kwnames, "remove", 1):
        return cast(Word, 0)
    r = set_key_op(self, args[0], True)
    if r < 0:
        return cast(Word, 0)
    if r == 0:
        return raise_key_error(args[0])
    return none_word()


def set_pop_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.pop(): the first key from the finger on (CPython's set_pop); KeyError when empty."""
    if not method_arguments(self, n, kwnames, "pop", 0):
        return cast(Word, 0)
    p = as_set(self)
    if p.used == 0:
        return raise_msg(KEY_ERROR, "pop from an empty set")
    i = p.finger & p.mask
    while not slot_words(p, i)[1]:
        i += 1
        if i > p.mask:
            i = 0
    e = slot_words(p, i)
    key = e[1]
    e[0] = cast(Word, DUMMY)
    e[1] = cast(Word, 0)
    p.used -= 1
    p.finger = i + 1
    return key


def set_update_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "update", -1):
        return cast(Word, 0)
    return none_unless_failed(each_argument(self, args, n, set_update))


def set_union_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "union", -1):
        return cast(Word, 0)
    result = set_copy(self)
    for k in range(n):
        if not result:
            return result
        if args[k] != self and not set_update(result, args[k]):
            return cast(Word, 0)
    return result


def set_intersection_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "intersection", -1):
        return cast(Word, 0)
    return set_intersection_multi(self, args, n)


def set_intersection_multi(self: Word, args: Ptr[Word], n: i64) -> Word:
    """self & args[0] & ... (a copy of self for none)."""
    if n == 0:
        return set_copy(self)
    result = self
    for k in range(n):
        result = set_intersection(result, args[k])
        if not result:
            return result
    return result


def set_intersection_update_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "intersection_update", -1):
        return cast(Word, 0)
    result = set_intersection_multi(self, args, n)
    if not result:
        return result
    if result != self:
        set_swap_bodies(self, result)
    return none_word()


def set_difference_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "difference", -1):
        return cast(Word, 0)
    if n == 0:
        return set_copy(self)
    result = set_difference(self, args[0])
    for k in range(1, n):
        if not result:
            return result
        if not set_difference_update(result, args[k]):
            return cast(Word, 0)
    return result


def set_difference_update_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "difference_update", -1):
        return cast(Word, 0)
    return none_unless_failed(each_argument(self, args, n, set_difference_update))


def set_symmetric_difference_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "symmetric_difference", 1):
        return cast(Word, 0)
    return set_symmetric_difference(self, args[0])


def set_symmetric_difference_update_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "symmetric_difference_update", 1):
        return cast(Word, 0)
    return none_unless_failed(set_symmetric_difference_update(self, args[0]))


def set_isdisjoint_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "isdisjoint", 1):
        return cast(Word, 0)
    return truth_word(set_isdisjoint(self, args[0]))


def set_issubset_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "issubset", 1):
        return cast(Word, 0)
    return truth_word(set_issubset(self, args[0]))


def set_issuperset_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not method_arguments(self, n, kwnames, "issuperset", 1):
        return cast(Word, 0)
    return truth_word(set_issuperset(self, args[0]))
