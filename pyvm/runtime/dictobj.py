"""dict: CPython's compact, insertion-ordered hash table, with its views and iterators.

A Dict holds its entries in insertion order in one WordArray, three words each: the key's hash
word (the hash h as a small int, h << 1 | 1, so the collector skips it), the key and the value.
A separate DictIndex (i32 slots, a power of two of them) maps hashes to entries: a slot holds
SLOT_EMPTY, SLOT_DUMMY (an entry was deleted; probing goes on past it) or an entry's number + 1.
The entries array holds at most two thirds as many entries as the index has slots (CPython's
USABLE_FRACTION), so probes stay short. Invariants: 0 <= size <= used <= capacity; entries and
index are both the null Word (capacity 0) or both set; entries at and past `used` are zero, and a
deleted entry (before `used`) is zero too: the collector keeps nothing alive through them.

Probing is CPython's: slot h & mask first, then i = i * 5 + perturb + 1 with perturb = h, shifted
right by 5 each step, so every bit of the hash takes part. A lookup compares hash words first, then
identity, then equality. Equality may run Python code (when classes come) that changes the dict:
as CPython's lookup, it starts again when the table or the entry it compared changed meanwhile.
Deleting an entry leaves a dummy in the index and a hole in the entries; a resize, when an insertion
finds the entries full, makes an index of at least three times len(d) slots (CPython's GROWTH_RATE)
and copies the live entries over, in order, without the holes. Nothing shrinks on deletion.

Hashes come from ops.hash_of: ints, floats and bools by value (so 1, 1.0 and True are one key),
strs (cached in the str), tuples from their items, everything else by its identity, which
stays fixed while the collector moves the object (gc/identity.py, DESIGN.md 13).

The views (dict_keys, dict_values, dict_items) are live: they hold the dict.
Iterators (dict_keyiterator, dict_valueiterator, dict_itemiterator) raise RuntimeError when the
dict's size changed under them, or its keys when the size is the same, as CPython's do.

Entries are walked with dict_next, which skips the holes: `i = dict_next(d, 0)`, then
`dict_next(d, i + 1)` until -1. The functions below take Words that the caller knows are dicts
(views, iterators where so named). Every function returning a Word returns the null Word after
raising; bool results are False after raising, i64 results -1 (entry numbers -2).

reversed(d) and reversed views walk the entries backwards (dict_reversekeyiterator, ...). The set
operations and isdisjoint of the keys and items views are in setobj.py.

d.update(m), dict(m), d |= m and {**m} take a dict's entries, else those of any object with a
keys attribute (m[k] for each k in m.keys(): CPython's test for a mapping), else pairs.

Not like CPython yet:
- The index's slots are always 4 bytes (CPython's are 1, 2, 4 or 8 by the table's size).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import plain_dict
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.ops import hash_not_implemented, mapping_truth, mapping_length, iterator_slots, truth_word
from pyvm.runtime.ops import get_attr, getitem, setitem, call_value, type_of_value, OP_OR
from pyvm.runtime.classobj import is_user_type
from pyvm.runtime.mappingproxy import mappingproxy_new
from pyvm.runtime.object import Object, Type, is_small, small_value, as_object, none_word, has_type, add_method, NOT_IMPLEMENTED
from pyvm.runtime.strobj import str_from_cstr, str_eq, str_hash
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.listobj import WordArray, LIST_MAX_ITEMS
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_cstr, str_builder_add_str,
                                     str_builder_finish, str_builder_free)
from pyvm.runtime.errors import (raise_msg, raise_text, raise_word, raise_memory_error, message, decimal_text,
                                 exception_new, pending, clear, TYPE_ERROR, VALUE_ERROR, KEY_ERROR, RUNTIME_ERROR)
from pyvm.runtime.ops import (values_equal, items_equal, contains, hash_of, repr_of, add_repr, repr_enter, repr_leave, enter_nesting,
                              leave_nesting, get_iter, iter_next, list_from_iterable, tuple_from_iterable,
                              is_iterable, type_name, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE,
                              INT_TYPE, BOOL_TYPE, NONE_TYPE, FLOAT_TYPE, STR_TYPE, TUPLE_TYPE)
from pyvm.runtime.builtins import (BuiltinFunction, no_keywords, no_arguments, kw_count, kw_name, name_is,
                                   positional_count, find_method, attribute_error_pending)
from pyvm.runtime.namespace import Namespace, namespace_set, namespace_clear, namespace_whole
from pyvm.runtime.setobj import set_len, is_any_set


class Dict(Object, name="dict"):
    size: i64                  # live entries: len(d)
    used: i64                  # entries written, live or deleted: the next one goes there
    entries: Word              # a WordArray of ENTRY words per entry (hash word, key, value), or the null Word
    index: Word                # a DictIndex, or the null Word when entries is
    namespace: Ptr[Namespace]  # a module's namespace (globals()) keeps its global slots in step: else null


class DictIndex(Object, name="dict_index", length="size"):
    size: i64                  # slots: a power of two
    slots: Array[i32]          # SLOT_EMPTY, SLOT_DUMMY, or an entry's number + 1


class DictView(Object, name="dict_keys"):
    mapping: Word              # the dict


class DictIterator(Object, name="dict_keyiterator"):
    mapping: Word              # the dict; the null Word once exhausted
    index: i64                 # the entry to look at next
    size: i64                  # len(dict) when made; -1 once it changed (the error repeats, as in CPython)
    remaining: i64             # the entries not given yet: another one means the keys changed


DICT_TYPE = type_of(Dict)
DICT_KEYS = type_of(DictView)
DICT_VALUES = static_type(DictView, "dict_values")
DICT_ITEMS = static_type(DictView, "dict_items")
DICT_KEYITERATOR = type_of(DictIterator)
DICT_VALUEITERATOR = static_type(DictIterator, "dict_valueiterator")
DICT_ITEMITERATOR = static_type(DictIterator, "dict_itemiterator")
DICT_REVERSEKEYITERATOR = static_type(DictIterator, "dict_reversekeyiterator")
DICT_REVERSEVALUEITERATOR = static_type(DictIterator, "dict_reversevalueiterator")
DICT_REVERSEITEMITERATOR = static_type(DictIterator, "dict_reverseitemiterator")

ENTRY = 3                      # words per entry: hash word, key, value
DICT_MIN_SLOTS = 8
DICT_MAX_SLOTS = 1 << 31       # entry numbers + 1 fit the i32 slots
SLOT_EMPTY = 0
SLOT_DUMMY = -1
PERTURB_SHIFT = 5
SMALL_HASH_LIMIT = 0x1FFFFFFFFFFFFFFF      # 2**61 - 1: a small int below it in size is its own hash

DICT_KEYS_METHOD = static(BuiltinFunction, name="keys", method=dict_keys_method)
DICT_VALUES_METHOD = static(BuiltinFunction, name="values", method=dict_values_method)
DICT_ITEMS_METHOD = static(BuiltinFunction, name="items", method=dict_items_method)
DICT_GET = static(BuiltinFunction, name="get", method=dict_get_method)
DICT_POP = static(BuiltinFunction, name="pop", method=dict_pop_method)
DICT_SETDEFAULT = static(BuiltinFunction, name="setdefault", method=dict_setdefault_method)
DICT_COPY = static(BuiltinFunction, name="copy", method=dict_copy_method)
DICT_CLEAR = static(BuiltinFunction, name="clear", method=dict_clear_method)
DICT_UPDATE = static(BuiltinFunction, name="update", method=dict_update_method)
DICT_POPITEM = static(BuiltinFunction, name="popitem", method=dict_popitem_method)
DICT_FROMKEYS = static(BuiltinFunction, name="fromkeys", call=dict_fromkeys, method=dict_fromkeys_method)


def init() -> None:
    DICT_TYPE.call = type_dict
    add_method(DICT_TYPE, DICT_FROMKEYS)
    add_method(DICT_TYPE, DICT_POPITEM)
    add_method(DICT_TYPE, DICT_UPDATE)
    add_method(DICT_TYPE, DICT_CLEAR)
    add_method(DICT_TYPE, DICT_COPY)
    add_method(DICT_TYPE, DICT_SETDEFAULT)
    add_method(DICT_TYPE, DICT_POP)
    add_method(DICT_TYPE, DICT_ITEMS_METHOD)
    add_method(DICT_TYPE, DICT_VALUES_METHOD)
    add_method(DICT_TYPE, DICT_KEYS_METHOD)
    add_method(DICT_TYPE, DICT_GET)
    mapping_slots(DICT_TYPE)
    mapping_slots(DICT_KEYS)
    mapping_slots(DICT_VALUES)
    mapping_slots(DICT_ITEMS)
    DICT_TYPE.hash = hash_not_implemented
    DICT_KEYS.hash = hash_not_implemented
    DICT_ITEMS.hash = hash_not_implemented
    DICT_TYPE.getitem = dict_getitem
    DICT_TYPE.setitem = dict_set
    DICT_TYPE.delitem = dict_delitem
    DICT_TYPE.setattr = object_setattr
    DICT_TYPE.richcompare = dict_richcompare
    DICT_TYPE.number = dict_number
    DICT_KEYS.getattr = dict_view_getattr
    DICT_VALUES.getattr = dict_view_getattr
    DICT_ITEMS.getattr = dict_view_getattr
    DICT_KEYS.richcompare = set_view_richcompare
    DICT_ITEMS.richcompare = set_view_richcompare
    iterator_slots(DICT_KEYITERATOR, dict_iter_next)
    iterator_slots(DICT_VALUEITERATOR, dict_iter_next)
    iterator_slots(DICT_ITEMITERATOR, dict_iter_next)
    iterator_slots(DICT_REVERSEKEYITERATOR, dict_reverse_next)
    iterator_slots(DICT_REVERSEVALUEITERATOR, dict_reverse_next)
    iterator_slots(DICT_REVERSEITEMITERATOR, dict_reverse_next)


def mapping_slots(t: Ptr[Type]) -> None:
    """The slots a dict and its views share (the mapping_ functions below)."""
    t.repr = mapping_repr
    t.truth = mapping_truth
    t.length = mapping_length
    t.iter = mapping_iter
    t.contains = mapping_contains

# -- the table ----------------------------------------------------------------------------------

@inline
def as_dict(d: Word) -> Ptr[Dict]:
    return cast(Ptr[Dict], d)


@inline
def dict_index_of(p: Ptr[Dict]) -> Ptr[DictIndex]:
    return cast(Ptr[DictIndex], p.index)


@inline
def entry_words(p: Ptr[Dict], i: i64) -> Ptr[Word]:
    """The three words of entry i (< capacity): an interior pointer, not to be held across a collection."""
    return cast(Ptr[WordArray], p.entries).items + i * ENTRY


@inline
def dict_capacity(p: Ptr[Dict]) -> i64:
    if not p.entries:
        return 0
    return cast(Ptr[WordArray], p.entries).capacity // ENTRY


@inline
def usable(slots: i64) -> i64:
    """The entries an index of that many slots takes (CPython's USABLE_FRACTION)."""
    return (slots << 1) // 3


@inline
def dict_len(d: Word) -> i64:
    """len(d)."""
    return as_dict(d).size


@inline
def dict_key_at(d: Word, i: i64) -> Word:
    """The key of entry i, a live entry (dict_next gives them)."""
    return entry_words(as_dict(d), i)[1]


@inline
def dict_value_at(d: Word, i: i64) -> Word:
    """The value of entry i, a live entry."""
    return entry_words(as_dict(d), i)[2]


def dict_next(d: Word, i: i64) -> i64:
    """The number of the first live entry at or after i, or -1 when there is none."""
    p = as_dict(d)
    while i < p.used:
        if entry_words(p, i)[1]:
            return i
        i += 1
    return -1


def dict_new() -> Word:
    """A new empty dict ({})."""
    d = new(Dict)
    return cast(Word, d)


def slots_for(n: i64) -> i64:
    """The fewest slots (a power of two, at least DICT_MIN_SLOTS) whose index takes n entries."""
    slots = DICT_MIN_SLOTS
    while usable(slots) < n and slots < DICT_MAX_SLOTS:
        slots = slots * 2
    return slots


def dict_presized(n: i64) -> Word:
    """A new empty dict with room for n entries."""
    d = dict_new()
    if not d or n == 0:
        return d
    if not dict_resize(d, slots_for(n)):
        return cast(Word, 0)
    return d


@inline
def probe_start(hw: Word, mask: i64) -> i64:
    return cast(i64, cast(u64, hw) >> u64(1)) & mask


def find_free_slot(index: Ptr[DictIndex], hw: Word) -> i64:
    """The first slot on hw's probe sequence that holds no entry (CPython's find_empty_slot)."""
    mask = index.size - 1
    perturb = cast(u64, hw) >> u64(1)
    i = cast(i64, perturb) & mask
    while index.slots[i] > 0:
        perturb = perturb >> u64(PERTURB_SHIFT)
        i = (i * 5 + cast(i64, perturb) + 1) & mask
    return i


def dict_resize(d: Word, slots: i64) -> bool:
    """A new index of `slots` slots and entries array, the live entries copied over in order; False
    after MemoryError."""
    if slots > DICT_MAX_SLOTS or usable(slots) * ENTRY > LIST_MAX_ITEMS:
        raise_memory_error()
        return False
    index = new(DictIndex, slots)
    if not index:
        return False
    entries = new(WordArray, usable(slots) * ENTRY)
    if not entries:
        return False
    p = as_dict(d)                  # re-read after new: d may have moved
    n: i64 = 0
    for i in range(p.used):
        old = entry_words(p, i)
        if old[1]:
            e = entries.items + n * ENTRY
            e[0] = old[0]
            e[1] = old[1]
            e[2] = old[2]
            index.slots[find_free_slot(index, old[0])] = i32(n + 1)
            n += 1
    p.entries = cast(Word, entries)
    p.index = cast(Word, index)
    p.used = n
    return True


def dict_insert(d: Word, key: Word, hw: Word, value: Word) -> bool:
    """Add the entry key: value, key hashed to hw and known not to be in d; False after MemoryError."""
    p = as_dict(d)
    if p.used == dict_capacity(p):
        if not dict_resize(d, slots_for(max(p.size * 3, 1))):
            return False
        p = as_dict(d)
    n = p.used
    index = dict_index_of(p)
    index.slots[find_free_slot(index, hw)] = i32(n + 1)
    e = entry_words(p, n)
    e[0] = hw
    e[1] = key
    e[2] = value
    p.used = n + 1
    p.size += 1
    if p.namespace:
        namespace_set(p.namespace, key, value)
    return True


def dict_remove_at(d: Word, i: i64) -> None:
    """Remove entry i, a live entry: its slot becomes a dummy, the entry a hole."""
    p = as_dict(d)
    if p.namespace:
        namespace_set(p.namespace, dict_key_at(d, i), cast(Word, 0))
        p = as_dict(d)
    index = dict_index_of(p)
    e = entry_words(p, i)
    mask = index.size - 1
    perturb = cast(u64, e[0]) >> u64(1)
    k = cast(i64, perturb) & mask
    while index.slots[k] != i32(i + 1):
        perturb = perturb >> u64(PERTURB_SHIFT)
        k = (k * 5 + cast(i64, perturb) + 1) & mask
    index.slots[k] = i32(SLOT_DUMMY)
    e[0] = cast(Word, 0)
    e[1] = cast(Word, 0)
    e[2] = cast(Word, 0)
    p.size -= 1


def dict_clear(d: Word) -> None:
    """d.clear(): drop every entry and the table."""
    p = as_dict(d)
    if p.namespace:
        namespace_clear(p.namespace)
    p.size = 0
    p.used = 0
    p.entries = cast(Word, 0)
    p.index = cast(Word, 0)


# -- lookups ------------------------------------------------------------------------------------

def hash_word(key: Word, out: Ptr[Word]) -> bool:
    """key's hash as an entry keeps it (h << 1 | 1) into *out; False after TypeError (unhashable)."""
    h: i64 = 0
    if is_small(key) and small_value(key) < SMALL_HASH_LIMIT and small_value(key) > -SMALL_HASH_LIMIT \
            and small_value(key) != -1:
        h = small_value(key)                        # ints.int_hash, in short
    elif has_type(key, STR_TYPE):
        h = str_hash(key)
    elif not hash_of(key, addr(h)):
        return False
    out[0] = cast(Word, (h << 1) | 1)
    return True


def entry_equal(d: Word, i: i64, k: Word, key: Word) -> i64:
    """k == key, k being the key of entry i: 1 or 0, -1 after raising; 2 when the comparison changed
    d's table or that entry (the lookup starts again)."""
    if has_type(k, STR_TYPE) and has_type(key, STR_TYPE):
        return 1 if str_eq(k, key) else 0
    entries = as_dict(d).entries
    e = values_equal(k, key)
    if e < 0:
        return -1
    if as_dict(d).entries != entries or dict_key_at(d, i) != k:
        return 2
    return e


def dict_find(d: Word, key: Word, hw: Word) -> i64:
    """The number of key's entry in d, key hashed to hw: -1 when there is none, -2 after raising."""
    while True:
        if not as_dict(d).index:
            return -1
        mask = dict_index_of(as_dict(d)).size - 1
        perturb = cast(u64, hw) >> u64(1)
        i = cast(i64, perturb) & mask
        again = False
        while not again:
            ix = i64(dict_index_of(as_dict(d)).slots[i]) - 1
            if ix == SLOT_EMPTY - 1:
                return -1
            if ix >= 0:
                e = entry_words(as_dict(d), ix)
                k = e[1]
                if k == key:
                    return ix
                if e[0] == hw:
                    r = entry_equal(d, ix, k, key)
                    if r == 2:
                        again = True
                    elif r < 0:
                        return -2
                    elif r == 1:
                        return ix
            perturb = perturb >> u64(PERTURB_SHIFT)
            i = (i * 5 + cast(i64, perturb) + 1) & mask


def dict_index(d: Word, key: Word) -> i64:
    """The number of key's entry in d: -1 when missing, -2 after raising (an unhashable key too)."""
    hw = cast(Word, 0)
    if not hash_word(key, addr(hw)):
        return -2
    return dict_find(d, key, hw)


def dict_lookup(d: Word, key: Word) -> Word:
    """d[key], or the null Word with nothing pending when key is missing (and the null Word
    with an exception pending after an error: unhashable key, failed comparison)."""
    i = dict_index(d, key)
    if i < 0:
        return cast(Word, 0)
    return dict_value_at(d, i)


def raise_key_error(key: Word) -> Word:
    """Raise KeyError(key); returns the null Word."""
    e = exception_new(KEY_ERROR, addr(key), 1, cast(Word, 0))     # key lives in this function's root record
    if not e:
        return e
    return raise_word(e)


def dict_getitem(d: Word, key: Word) -> Word:
    """d[key]: KeyError(key) when missing."""
    i = dict_index(d, key)
    if i == -2:
        return cast(Word, 0)
    if i == -1:
        return raise_key_error(key)
    return dict_value_at(d, i)


def dict_contains(d: Word, key: Word) -> i64:
    """key in d: 1 or 0, -1 after raising."""
    i = dict_index(d, key)
    if i == -2:
        return -1
    return 1 if i >= 0 else 0


def dict_set_hashed(d: Word, key: Word, hw: Word, value: Word) -> bool:
    """d[key] = value, key hashed to hw: replaces the value of an existing entry (keeping its key
    object, as CPython does), else adds an entry; False after raising."""
    i = dict_find(d, key, hw)
    if i == -2:
        return False
    if i < 0:
        return dict_insert(d, key, hw, value)
    entry_words(as_dict(d), i)[2] = value
    if as_dict(d).namespace:
        namespace_set(as_dict(d).namespace, dict_key_at(d, i), value)
    return True


def dict_set(d: Word, key: Word, value: Word) -> bool:
    """d[key] = value; False after raising."""
    hw = cast(Word, 0)
    if not hash_word(key, addr(hw)):
        return False
    return dict_set_hashed(d, key, hw, value)


def dict_delitem(d: Word, key: Word) -> bool:
    """del d[key]: KeyError(key) when missing; False after raising."""
    i = dict_index(d, key)
    if i == -2:
        return False
    if i == -1:
        raise_key_error(key)
        return False
    dict_remove_at(d, i)
    return True


def dict_copy(d: Word) -> Word:
    """d.copy(): a new dict with the same entries in the same order."""
    if not namespace_whole(d):
        return cast(Word, 0)
    r = dict_presized(as_dict(d).size)
    if not r:
        return r
    i = dict_next(d, 0)
    while i >= 0:
        e = entry_words(as_dict(d), i)
        if not dict_insert(r, e[1], e[0], e[2]):
            return cast(Word, 0)
        i = dict_next(d, i + 1)
    return r


# -- equality and repr --------------------------------------------------------------------------

def dict_equal(a: Word, b: Word) -> i64:
    """a == b for two dicts (CPython's dict_equal): 1, 0, or -1 after raising."""
    if not namespace_whole(a) or not namespace_whole(b):
        return -1
    if as_dict(a).size != as_dict(b).size:
        return 0
    if not enter_nesting(" in comparison"):
        return -1
    i = dict_next(a, 0)
    while i >= 0:
        e = entry_words(as_dict(a), i)
        value = e[2]
        j = dict_find(b, e[1], e[0])               # a's hash word is b's for the same key
        if j < 0:
            leave_nesting()
            return -1 if j == -2 else 0
        r = items_equal(value, dict_value_at(b, j))
        if r <= 0:
            leave_nesting()
            return r
        i = dict_next(a, i + 1)
    leave_nesting()
    return 1


def dict_repr(d: Word) -> Word:
    """{'a': 1, 'b': [2]}, {} and {...} for a dict that holds itself."""
    if not namespace_whole(d):
        return cast(Word, 0)
    if as_dict(d).size == 0:
        return str_from_cstr("{}")
    entered = repr_enter(d)
    if entered < 0:
        return cast(Word, 0)
    if entered == 1:
        return str_from_cstr("{...}")
    b = str_builder_new()
    if not b:
        repr_leave()
        return cast(Word, 0)
    str_builder_add_cstr(b, "{")
    i = dict_next(d, 0)
    first = True
    while i >= 0:
        if not first:
            str_builder_add_cstr(b, ", ")
        first = False
        value = dict_value_at(d, i)             # the key's repr may change d (when classes come)
        ok = add_repr(b, dict_key_at(d, i))
        if ok:
            str_builder_add_cstr(b, ": ")
            ok = add_repr(b, value)
        if not ok:
            str_builder_free(b)
            repr_leave()
            return cast(Word, 0)
        i = dict_next(d, i + 1)
    str_builder_add_cstr(b, "}")
    repr_leave()
    return str_builder_finish(b)


# -- views --------------------------------------------------------------------------------------

@inline
def is_dict_view_type(t: Ptr[Type]) -> bool:
    return t == DICT_KEYS or t == DICT_VALUES or t == DICT_ITEMS


@inline
def is_set_view(w: Word) -> bool:
    """w is a dict_keys or a dict_items: the views that compare as sets."""
    return has_type(w, DICT_KEYS) or has_type(w, DICT_ITEMS)


@inline
def view_dict(v: Word) -> Word:
    return cast(Ptr[DictView], v).mapping


def dict_view_new(kind: Ptr[Type], d: Word) -> Word:
    """d.keys(), d.values() or d.items() for kind DICT_KEYS, DICT_VALUES or DICT_ITEMS."""
    if not namespace_whole(d):
        return cast(Word, 0)
    v = new(DictView)
    if not v:
        return cast(Word, 0)
    v.type = kind
    v.mapping = d
    return cast(Word, v)


def dict_view_getattr(v: Word, name: Word) -> Word:
    """A view's mapping: a read-only mappingproxy of its dict."""
    if name_is(name, "mapping"):
        return mappingproxy_new(view_dict(v))
    return cast(Word, 0)


def dict_item_tuple(d: Word, i: i64) -> Word:
    """The tuple (key, value) of entry i (< len(d))."""
    t = new(Tuple, 2)
    if not t:
        return cast(Word, 0)
    t.items[0] = dict_key_at(d, i)              # after new: d may have moved
    t.items[1] = dict_value_at(d, i)
    return cast(Word, t)


def mapping_size(w: Word) -> i64:
    """len(w) for a dict or a view."""
    if as_object(w).type == DICT_TYPE:
        return as_dict(w).size
    return as_dict(view_dict(w)).size


def dict_view_contains(v: Word, x: Word) -> i64:
    """x in v for a view: 1 or 0, -1 after raising."""
    t = as_object(v).type
    d = view_dict(v)
    if t == DICT_KEYS:
        return dict_contains(d, x)
    if t == DICT_VALUES:
        i = dict_next(d, 0)
        while i >= 0:
            e = items_equal(dict_value_at(d, i), x)
            if e != 0:
                return e
            i = dict_next(d, i + 1)
        return 0
    # dict_items: (key, value) is in it when d[key] exists and equals value.
    if not has_type(x, TUPLE_TYPE) or cast(Ptr[Tuple], x).size != 2:
        return 0
    found = dict_lookup(d, cast(Ptr[Tuple], x).items[0])
    if not found:
        return -1 if pending else 0
    return items_equal(found, cast(Ptr[Tuple], x).items[1])


def all_contained_in(a: Word, b: Word) -> i64:
    """Every item of the iterable a is in b (CPython's all_contained_in): 1 or 0, -1 after raising."""
    return all_members(a, b, 1)


def all_members(a: Word, b: Word, member: i64) -> i64:
    """Whether `item in b` is member (1: in, 0: not in) for every item of the iterable a: 1 or 0, -1
    after raising. It stops at the first item that is not so."""
    it = get_iter(a)
    if not it:
        return -1
    while True:
        item = iter_next(it)
        if not item:
            return -1 if pending else 1
        e = contains(b, item)
        if e != member:
            return -1 if e < 0 else 0


def set_like_size(w: Word) -> i64:
    """len(w) for a keys or items view, a set or a frozenset."""
    if is_set_view(w):
        return mapping_size(w)
    return set_len(w)


def dict_view_compare(a: Word, b: Word, op: i64) -> i64:
    """a OP b for a set-like view (keys or items) and a view or a set, as sets compare: 1 or 0, -1
    after raising."""
    na = set_like_size(a)
    nb = set_like_size(b)
    r: i64 = 0
    if op == CMP_EQ or op == CMP_NE:
        if na == nb:
            r = all_contained_in(a, b)
        if op == CMP_NE and r >= 0:
            r = 1 - r
    elif op == CMP_LT:
        if na < nb:
            r = all_contained_in(a, b)
    elif op == CMP_LE:
        if na <= nb:
            r = all_contained_in(a, b)
    elif op == CMP_GT:
        if na > nb:
            r = all_contained_in(b, a)
    elif op == CMP_GE:
        if na >= nb:
            r = all_contained_in(b, a)
    return r


def dict_view_repr(v: Word) -> Word:
    """dict_keys(['a']), dict_values([1]), dict_items([('a', 1)]); ... for a view inside itself."""
    entered = repr_enter(v)
    if entered < 0:
        return cast(Word, 0)
    if entered == 1:
        return str_from_cstr("...")
    l = list_from_iterable(v)
    if not l:
        repr_leave()
        return l
    r = repr_of(l)
    repr_leave()
    if not r:
        return r
    return message(as_object(v).type.name, "(", "", r, ")", "", "", "")


# -- the hooks of the generic operations (ops.py) ---------------------------------------------------

@inline
def is_mapping_type(t: Ptr[Type]) -> bool:
    """A dict or one of its views: the types the hooks below take."""
    return t == DICT_TYPE or is_dict_view_type(t)


def mapping_repr(w: Word) -> Word:
    """repr(w) for a dict or a view."""
    if as_object(w).type == DICT_TYPE:
        return dict_repr(w)
    return dict_view_repr(w)


def mapping_contains(w: Word, x: Word) -> i64:
    """x in w for a dict or a view: 1 or 0, -1 after raising."""
    if as_object(w).type == DICT_TYPE:
        return dict_contains(w, x)
    return dict_view_contains(w, x)


def dict_richcompare(a: Word, b: Word, op: i64) -> Word:
    """Dicts are equal when they have the same items; they have no order."""
    if (op != CMP_EQ and op != CMP_NE) or not has_type(b, DICT_TYPE):
        return cast(Word, NOT_IMPLEMENTED)
    e = dict_equal(a, b)
    if e >= 0 and op == CMP_NE:
        e = 1 - e
    return truth_word(e)


def set_view_richcompare(a: Word, b: Word, op: i64) -> Word:
    """Keys and items views compare with each other and with sets as sets (values views by identity)."""
    if not is_set_view(b) and not is_any_set(b):
        return cast(Word, NOT_IMPLEMENTED)
    return truth_word(dict_view_compare(a, b, op))


# -- iterators ----------------------------------------------------------------------------------

@inline
def is_dict_iterator_type(t: Ptr[Type]) -> bool:
    return t == DICT_KEYITERATOR or t == DICT_VALUEITERATOR or t == DICT_ITEMITERATOR


def dict_iter_new(kind: Ptr[Type], d: Word) -> Word:
    """A new iterator of type kind (one of the six above) at the start of d, or at its end for the
    reverse ones."""
    if not namespace_whole(d):
        return cast(Word, 0)
    it = new(DictIterator)
    if not it:
        return cast(Word, 0)
    it.type = kind
    it.mapping = d
    it.size = as_dict(d).size
    it.remaining = it.size
    if kind == DICT_REVERSEKEYITERATOR or kind == DICT_REVERSEVALUEITERATOR or kind == DICT_REVERSEITEMITERATOR:
        it.index = as_dict(d).used - 1
    return cast(Word, it)


def mapping_iter(w: Word) -> Word:
    """iter(w) for a dict (over its keys) or a view."""
    return mapping_iterator(w, False)


def mapping_reversed(w: Word) -> Word:
    """reversed(w) for a dict (its keys, last first) or a view."""
    return mapping_iterator(w, True)


def mapping_iterator(w: Word, backwards: bool) -> Word:
    t = as_object(w).type
    kind = DICT_REVERSEITEMITERATOR if backwards else DICT_ITEMITERATOR
    if t == DICT_TYPE or t == DICT_KEYS:
        kind = DICT_REVERSEKEYITERATOR if backwards else DICT_KEYITERATOR
    elif t == DICT_VALUES:
        kind = DICT_REVERSEVALUEITERATOR if backwards else DICT_VALUEITERATOR
    return dict_iter_new(kind, w if t == DICT_TYPE else view_dict(w))


def dict_iter_changed(w: Word) -> bool:
    """Whether the dict of the iterator w changed size since w was made: then RuntimeError is raised,
    and again at every later call."""
    it = cast(Ptr[DictIterator], w)
    if it.size == as_dict(it.mapping).size:
        return False
    it.size = -1
    raise_msg(RUNTIME_ERROR, "dictionary changed size during iteration")
    return True


def dict_iter_item(kind: Ptr[Type], d: Word, i: i64) -> Word:
    """What an iterator of type kind gives for entry i: its key, its value or (key, value)."""
    if kind == DICT_KEYITERATOR or kind == DICT_REVERSEKEYITERATOR:
        return dict_key_at(d, i)
    if kind == DICT_VALUEITERATOR or kind == DICT_REVERSEVALUEITERATOR:
        return dict_value_at(d, i)
    return dict_item_tuple(d, i)


def dict_reverse_next(w: Word) -> Word:
    """The next key, value or (key, value) of a reverse iterator, from the last entry back (CPython's
    dictreviter_iternext)."""
    it = cast(Ptr[DictIterator], w)
    d = it.mapping
    if not d or dict_iter_changed(w):
        return cast(Word, 0)
    i = min(it.index, as_dict(d).used - 1)
    while i >= 0 and not dict_key_at(d, i):
        i -= 1
    if i < 0:
        it.mapping = cast(Word, 0)
        return cast(Word, 0)
    it.index = i - 1
    return dict_iter_item(it.type, d, i)


def dict_iter_next(w: Word) -> Word:
    """The next key, value or (key, value); the null Word with nothing raised when exhausted,
    RuntimeError when the dict changed size since the iterator was made, or its keys (CPython's
    dictiter_iternextkey)."""
    it = cast(Ptr[DictIterator], w)
    d = it.mapping
    if not d or dict_iter_changed(w):
        return cast(Word, 0)
    i = dict_next(d, it.index)
    if i < 0:
        it.mapping = cast(Word, 0)
        return cast(Word, 0)
    if it.remaining == 0:
        it.mapping = cast(Word, 0)
        return raise_msg(RUNTIME_ERROR, "dictionary keys changed during iteration")
    it.index = i + 1
    it.remaining -= 1
    return dict_iter_item(it.type, d, i)


# -- dict(...) and update ------------------------------------------------------------------------

def dict_merge_pairs(d: Word, iterable: Word) -> bool:
    """d.update(iterable) for an iterable of pairs (any iterable of two items); False after raising."""
    it = get_iter(iterable)            # raises TypeError for what is not iterable
    if not it:
        return False
    index: i64 = 0
    while True:
        item = iter_next(it)
        if not item:
            return not pending
        if not is_iterable(item):
            raise_text(TYPE_ERROR, "cannot convert dictionary update sequence element #", decimal_text(0, index),
                       " to a sequence", "", "")
            return False
        pair = tuple_from_iterable(item)
        if not pair:
            return False
        n = cast(Ptr[Tuple], pair).size
        if n != 2:
            raise_text(VALUE_ERROR, "dictionary update sequence element #", decimal_text(0, index),
                       " has length ", decimal_text(1, n), "; 2 is required")
            return False
        if not dict_set(d, cast(Ptr[Tuple], pair).items[0], cast(Ptr[Tuple], pair).items[1]):
            return False
        index += 1


def mapping_keys(m: Word) -> Word:
    """m.keys() when m has a keys attribute, CPython's test for a mapping (a dict aside); the null
    Word with nothing pending when it has none."""
    name = str_from_cstr("keys")
    if not name:
        return name
    if not is_user_type(type_of_value(m)) and not find_method(type_of_value(m), name):
        return cast(Word, 0)                      # a builtin type without one: no AttributeError made
    f = get_attr(m, name)
    if not f:
        attribute_error_pending()                 # no keys attribute: nothing pending
        return f
    return call_value(f, addr(f), 0)


def dict_merge_mapping(d: Word, m: Word, keys: Word) -> bool:
    """d[k] = m[k] for each k in keys, what m.keys() gave (CPython's dict_merge of a non-dict); False
    after raising."""
    it = get_iter(keys)
    if not it:
        if is_iterable(keys):
            return False
        clear()
        raise_text(TYPE_ERROR, type_name(m), ".keys() returned a non-iterable (type ", type_name(keys), ")", "")
        return False
    while True:
        key = iter_next(it)
        if not key:
            return not pending
        value = getitem(m, key)
        if not value or not dict_set(d, key, value):
            return False


def dict_update(d: Word, other: Word) -> bool:
    """d.update(other): a dict's entries, a mapping's (anything with keys()), or an iterable of pairs;
    False after raising."""
    other = plain_dict(other)
    if not has_type(other, DICT_TYPE):
        keys = mapping_keys(other)
        if keys:
            return dict_merge_mapping(d, other, keys)
        if pending:
            return False
        return dict_merge_pairs(d, other)
    if not namespace_whole(other):
        return False
    if other == d:
        return True
    i = dict_next(other, 0)
    while i >= 0:
        e = entry_words(as_dict(other), i)
        if not dict_set_hashed(d, e[1], e[0], e[2]):
            return False
        i = dict_next(other, i + 1)
    return True


def dict_update_args(d: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8]) -> bool:
    """d.update(*args, **kwargs) for dict() and dict.update (fname: "dict" or "update");
    args points into a GC root area. False after raising."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    if npos > 1:
        raise_text(TYPE_ERROR, fname, " expected at most 1 argument, got ", decimal_text(0, npos), "", "")
        return False
    if npos == 1 and not dict_update(d, args[0]):
        return False
    for k in range(nkw):
        if not dict_set(d, kw_name(kwnames, k), args[npos + k]):
            return False
    return True


def dict_from_pairs(items: Ptr[Word], n: i64) -> Word:
    """BUILD_MAP: a dict of the n // 2 pairs key, value in items[0:n], which lie in a root area."""
    d = dict_presized(n // 2)
    if not d:
        return d
    for k in range(0, n, 2):
        if not dict_set(d, items[k], items[k + 1]):
            return cast(Word, 0)
    return d


def dict_update_display(d: Word, mapping: Word) -> bool:
    """DICT_UPDATE: {..., **mapping, ...}; False after raising (TypeError for what is no mapping)."""
    mapping = plain_dict(mapping)
    if has_type(mapping, DICT_TYPE):
        return dict_update(d, mapping)
    keys = mapping_keys(mapping)
    if not keys:
        if not pending:
            raise_text(TYPE_ERROR, "'", type_name(mapping), "' object is not a mapping", "", "")
        return False
    return dict_merge_mapping(d, mapping, keys)


def type_dict(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """dict(), dict(mapping_or_pairs), dict(**kwargs)."""
    d = dict_new()
    if not d:
        return d
    if not dict_update_args(d, args, n, kwnames, "dict"):
        return cast(Word, 0)
    return d


# -- methods ------------------------------------------------------------------------------------

def dict_keys_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "dict.keys()"):
        return cast(Word, 0)
    return dict_view_new(DICT_KEYS, self)


def dict_values_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "dict.values()"):
        return cast(Word, 0)
    return dict_view_new(DICT_VALUES, self)


def dict_items_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "dict.items()"):
        return cast(Word, 0)
    return dict_view_new(DICT_ITEMS, self)


def key_and_default(n: i64, kwnames: Word, fname: Ptr[u8], short: Ptr[u8]) -> bool:
    """Check the arguments of get, pop and setdefault: (key[, default]) by position."""
    if not no_keywords(kwnames, fname):
        return False
    if n < 1:
        raise_text(TYPE_ERROR, short, " expected at least 1 argument, got ", decimal_text(0, n), "", "")
        return False
    if n > 2:
        raise_text(TYPE_ERROR, short, " expected at most 2 arguments, got ", decimal_text(0, n), "", "")
        return False
    return True


def dict_get_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """d.get(key, default=None)."""
    if not key_and_default(n, kwnames, "dict.get()", "get"):
        return cast(Word, 0)
    r = dict_lookup(self, args[0])
    if r or pending:
        return r
    if n == 2:
        return args[1]
    return none_word()


def dict_pop_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """d.pop(key[, default]): KeyError(key) when missing without a default."""
    if not key_and_default(n, kwnames, "dict.pop()", "pop"):
        return cast(Word, 0)
    i = dict_index(self, args[0])
    if i == -2:
        return cast(Word, 0)
    if i == -1:
        if n == 2:
            return args[1]
        return raise_key_error(args[0])
    r = dict_value_at(self, i)
    dict_remove_at(self, i)
    return r


def dict_setdefault_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """d.setdefault(key, default=None): d[key], set to default first when missing."""
    if not key_and_default(n, kwnames, "dict.setdefault()", "setdefault"):
        return cast(Word, 0)
    hw = cast(Word, 0)
    if not hash_word(args[0], addr(hw)):
        return cast(Word, 0)
    i = dict_find(self, args[0], hw)
    if i == -2:
        return cast(Word, 0)
    if i >= 0:
        return dict_value_at(self, i)
    value = none_word()
    if n == 2:
        value = args[1]
    if not dict_insert(self, args[0], hw, value):
        return cast(Word, 0)
    return value


def dict_copy_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "dict.copy()"):
        return cast(Word, 0)
    return dict_copy(self)


def dict_clear_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "dict.clear()"):
        return cast(Word, 0)
    dict_clear(self)
    return none_word()


def dict_update_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """d.update([other], **kwargs)."""
    if not dict_update_args(self, args, n, kwnames, "update"):
        return cast(Word, 0)
    return none_word()


def dict_popitem_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """d.popitem(): the last entry, removed, as (key, value)."""
    if not no_arguments(n, kwnames, "dict.popitem()") or not namespace_whole(self):
        return cast(Word, 0)
    if as_dict(self).size == 0:
        return raise_msg(KEY_ERROR, "popitem(): dictionary is empty")
    i = as_dict(self).used - 1
    while not dict_key_at(self, i):
        i -= 1
    pair = dict_item_tuple(self, i)
    if not pair:
        return pair
    dict_remove_at(self, i)
    as_dict(self).used = i            # what followed entry i were holes: the next popitem starts below
    return pair


def dict_fromkeys(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """dict.fromkeys(iterable, value=None): a dict of the iterable's items, each set to value."""
    if not positional_count(n, kwnames, "dict.fromkeys()", "fromkeys", 1, 2):
        return cast(Word, 0)
    d = dict_new()
    if not d:
        return d
    return fromkeys_into(d, args[0], args[1] if n == 2 else none_word())


def fromkeys_into(d: Word, iterable: Word, value: Word) -> Word:
    """d[key] = value for each key of iterable, through d's setitem slot (a subclass's __setitem__);
    d, or the null Word after raising."""
    it = get_iter(iterable)
    if not it:
        return it
    while True:
        key = iter_next(it)
        if not key:
            if pending:
                return key
            return d
        if not setitem(d, key, value):
            return cast(Word, 0)


def dict_fromkeys_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """d.fromkeys(...): the class method read from a dict."""
    return dict_fromkeys(args, n, kwnames)


def dict_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """d | other, a new dict of both (both dicts), and d |= other, which updates d as d.update(other)
    does (CPython's dict_or and dict_ior)."""
    if op != OP_OR:
        return cast(Word, NOT_IMPLEMENTED)
    if inplace:
        if not dict_update(a, b):
            return cast(Word, 0)
        return a
    if not has_type(a, DICT_TYPE) or not has_type(b, DICT_TYPE):
        return cast(Word, NOT_IMPLEMENTED)
    r = dict_copy(a)
    if not r or not dict_update(r, b):
        return cast(Word, 0)
    return r
