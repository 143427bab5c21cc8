"""dict: an insertion-ordered mapping, with its views and iterators.

A Dict keeps its entries in insertion order in two parallel WordArrays, keys
and values, grown by doubling (the Dict itself never moves for that reason).
Invariants: 0 <= size <= capacity; keys and values are both the null Word
(capacity 0) or both WordArrays of the same capacity; slots at and past size
hold the null Word, so the collector keeps nothing alive through them.
Removing an entry shifts the later ones down, so the order stays insertion
order.

Lookups scan the keys linearly and compare them with the runtime's equality
(ops.values_equal after an identity test, as CPython's lookup does), so a
lookup costs O(len(d)). A hash table is left for later: the hash of most heap
objects (iterators, functions, exceptions) is their address, which changes
when the collector moves them, so a table holding such keys would need
rehashing after every collection, or stable hashes for those objects. Keys are
still hashed before a lookup so that an unhashable key (a list, a dict)
raises TypeError as in CPython.

The views (dict_keys, dict_values, dict_items) are live: they hold the dict.
Iterators (dict_keyiterator, dict_valueiterator, dict_itemiterator) raise
RuntimeError when the dict's size changed under them, as CPython's do.

The functions below take Words that the caller knows are dicts (views,
iterators where so named). Every function returning a Word returns the null
Word after raising; bool results are False after raising, i64 results -1.

Not like CPython yet:
- Lookups are O(len(d)) (above).
- The views have no set operations (&, |, -, ^: there are no sets), no
  isdisjoint(), no mapping attribute; there is no reversed(), no dict | dict.
- Removing an entry shifts the later ones down instead of leaving a hole, so
  an iterator over a dict that lost an entry and gained another (same size)
  may skip an entry where CPython raises "dictionary keys changed during
  iteration" (CPython documents either outcome as possible).
- dict methods other than keys, values, items, get, pop, setdefault, copy,
  clear and update are missing (popitem, fromkeys, ...).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import object_setattr
from pyvm.runtime.ops import hash_not_implemented, mapping_truth, mapping_length, iterator_slots, truth_word
from pyvm.runtime.object import Object, Type, is_small, as_object, none_word, has_type, add_method, NOT_IMPLEMENTED
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.listobj import WordArray, LIST_MAX_ITEMS
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_cstr, str_builder_add_str,
                                     str_builder_finish, str_builder_free)
from pyvm.runtime.errors import (raise_msg, raise_text, raise_word, raise_memory_error, message, decimal_text,
                                 exception_new, pending, TYPE_ERROR, VALUE_ERROR, KEY_ERROR, RUNTIME_ERROR)
from pyvm.runtime.ops import (values_equal, items_equal, hash_of, repr_of, add_repr, repr_enter, repr_leave, enter_nesting,
                              leave_nesting, get_iter, iter_next, list_from_iterable, tuple_from_iterable,
                              is_iterable, CMP_EQ, CMP_NE, CMP_LT, CMP_LE, CMP_GT, CMP_GE,
                              INT_TYPE, BOOL_TYPE, NONE_TYPE, FLOAT_TYPE, STR_TYPE, TUPLE_TYPE)
from pyvm.runtime.builtins import (BuiltinFunction, no_keywords, no_arguments, kw_count, kw_name, name_is)
from pyvm.runtime.namespace import Namespace, namespace_set, namespace_clear, namespace_whole


class Dict(Object, name="dict"):
    size: i64
    keys: Word                 # a WordArray, or the null Word when capacity is 0
    values: Word               # a WordArray of the same capacity as keys, or the null Word
    namespace: Ptr[Namespace]  # a module's namespace (globals()) keeps its global slots in step: else null


class DictView(Object, name="dict_keys"):
    mapping: Word              # the dict


class DictIterator(Object, name="dict_keyiterator"):
    mapping: Word              # the dict; the null Word once exhausted
    index: i64                 # the next entry
    used: i64                  # len(dict) when made; -1 once it changed (the error repeats, as in CPython)


DICT_TYPE = type_of(Dict)
DICT_KEYS = type_of(DictView)
DICT_VALUES = static_type(DictView, "dict_values")
DICT_ITEMS = static_type(DictView, "dict_items")
DICT_KEYITERATOR = type_of(DictIterator)
DICT_VALUEITERATOR = static_type(DictIterator, "dict_valueiterator")
DICT_ITEMITERATOR = static_type(DictIterator, "dict_itemiterator")

DICT_MIN_CAPACITY = 8

DICT_KEYS_METHOD = static(BuiltinFunction, name="keys", method=dict_keys_method)
DICT_VALUES_METHOD = static(BuiltinFunction, name="values", method=dict_values_method)
DICT_ITEMS_METHOD = static(BuiltinFunction, name="items", method=dict_items_method)
DICT_GET = static(BuiltinFunction, name="get", method=dict_get_method)
DICT_POP = static(BuiltinFunction, name="pop", method=dict_pop_method)
DICT_SETDEFAULT = static(BuiltinFunction, name="setdefault", method=dict_setdefault_method)
DICT_COPY = static(BuiltinFunction, name="copy", method=dict_copy_method)
DICT_CLEAR = static(BuiltinFunction, name="clear", method=dict_clear_method)
DICT_UPDATE = static(BuiltinFunction, name="update", method=dict_update_method)


def init() -> None:
    DICT_TYPE.call = type_dict
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
    DICT_KEYS.richcompare = set_view_richcompare
    DICT_ITEMS.richcompare = set_view_richcompare
    iterator_slots(DICT_KEYITERATOR, dict_iter_next)
    iterator_slots(DICT_VALUEITERATOR, dict_iter_next)
    iterator_slots(DICT_ITEMITERATOR, dict_iter_next)


def mapping_slots(t: Ptr[Type]) -> None:
    """The slots a dict and its views share (the mapping_ functions below)."""
    t.repr = mapping_repr
    t.truth = mapping_truth
    t.length = mapping_length
    t.iter = mapping_iter
    t.contains = mapping_contains

# -- the entries --------------------------------------------------------------------------------

@inline
def as_dict(d: Word) -> Ptr[Dict]:
    return cast(Ptr[Dict], d)


@inline
def dict_keys_array(p: Ptr[Dict]) -> Ptr[WordArray]:
    return cast(Ptr[WordArray], p.keys)


@inline
def dict_values_array(p: Ptr[Dict]) -> Ptr[WordArray]:
    return cast(Ptr[WordArray], p.values)


@inline
def dict_capacity(p: Ptr[Dict]) -> i64:
    if not p.keys:
        return 0
    return dict_keys_array(p).capacity


@inline
def dict_len(d: Word) -> i64:
    """len(d)."""
    return as_dict(d).size


@inline
def dict_key_at(d: Word, i: i64) -> Word:
    """The key of entry i (< len(d), checked by the caller)."""
    return dict_keys_array(as_dict(d)).items[i]


@inline
def dict_value_at(d: Word, i: i64) -> Word:
    """The value of entry i (< len(d), checked by the caller)."""
    return dict_values_array(as_dict(d)).items[i]


def dict_new() -> Word:
    """A new empty dict ({})."""
    d = new(Dict)
    return cast(Word, d)


def dict_grow(d: Word) -> bool:
    """Double the capacity (at least DICT_MIN_CAPACITY); False after MemoryError."""
    capacity = dict_capacity(as_dict(d))
    new_capacity = DICT_MIN_CAPACITY
    if capacity > 0:
        new_capacity = capacity * 2
    if new_capacity > LIST_MAX_ITEMS:
        raise_memory_error()
        return False
    ka = new(WordArray, new_capacity)
    if not ka:
        return False
    va = new(WordArray, new_capacity)
    if not va:
        return False
    p = as_dict(d)                  # re-read after new: d may have moved
    n = p.size
    if n > 0:
        old_keys = dict_keys_array(p)
        old_values = dict_values_array(p)
        for k in range(n):
            ka.items[k] = old_keys.items[k]
            va.items[k] = old_values.items[k]
    p.keys = cast(Word, ka)
    p.values = cast(Word, va)
    return True


def dict_append(d: Word, key: Word, value: Word) -> bool:
    """Add the entry key: value at the end, for a key known not to be in d; False after MemoryError."""
    n = as_dict(d).size
    if n == dict_capacity(as_dict(d)):
        if not dict_grow(d):
            return False
    p = as_dict(d)
    dict_keys_array(p).items[n] = key
    dict_values_array(p).items[n] = value
    p.size = n + 1
    if p.namespace:
        namespace_set(p.namespace, key, value)
    return True


def dict_remove_at(d: Word, i: i64) -> None:
    """Remove entry i (< len(d)), shifting the later entries down."""
    p = as_dict(d)
    if p.namespace:
        namespace_set(p.namespace, dict_key_at(d, i), cast(Word, 0))
    n = p.size
    ka = dict_keys_array(p)
    va = dict_values_array(p)
    for k in range(i, n - 1):
        ka.items[k] = ka.items[k + 1]
        va.items[k] = va.items[k + 1]
    ka.items[n - 1] = cast(Word, 0)
    va.items[n - 1] = cast(Word, 0)
    p.size = n - 1


def dict_clear(d: Word) -> None:
    """d.clear(): drop every entry and the arrays."""
    p = as_dict(d)
    if p.namespace:
        namespace_clear(p.namespace)
    p.size = 0
    p.keys = cast(Word, 0)
    p.values = cast(Word, 0)


# -- lookups ------------------------------------------------------------------------------------

def check_hashable(key: Word) -> bool:
    """hash(key) succeeds; False after TypeError("unhashable type: 'list'") and the like."""
    if is_small(key):
        return True
    t = as_object(key).type
    if t == STR_TYPE or t == INT_TYPE or t == NONE_TYPE or t == BOOL_TYPE or t == FLOAT_TYPE:
        return True
    h: i64 = 0
    return hash_of(key, addr(h))


def dict_find(d: Word, key: Word) -> i64:
    """The index of key's entry in d; -1 when there is none, -2 after raising.

    The caller has checked that key is hashable. Keys are compared as CPython's
    lookup does: identity first, then stored_key == key."""
    i: i64 = 0
    while i < as_dict(d).size:
        k = dict_key_at(d, i)
        if k == key:
            return i
        e = values_equal(k, key)
        if e < 0:
            return -2
        if e > 0:
            return i
        i += 1
    return -1


def dict_index(d: Word, key: Word) -> i64:
    """dict_find after checking key is hashable: -1 when missing, -2 after raising."""
    if not check_hashable(key):
        return -2
    return dict_find(d, key)


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


def dict_set(d: Word, key: Word, value: Word) -> bool:
    """d[key] = value: replaces the value of an existing entry (keeping its key object, as
    CPython does), else appends an entry; False after raising."""
    i = dict_index(d, key)
    if i == -2:
        return False
    if i >= 0:
        dict_values_array(as_dict(d)).items[i] = value
        if as_dict(d).namespace:
            namespace_set(as_dict(d).namespace, dict_key_at(d, i), value)
        return True
    return dict_append(d, key, value)


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
    r = dict_new()
    if not r:
        return r
    i: i64 = 0
    while i < as_dict(d).size:
        if not dict_append(r, dict_key_at(d, i), dict_value_at(d, i)):
            return cast(Word, 0)
        i += 1
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
    i: i64 = 0
    while i < as_dict(a).size:
        j = dict_find(b, dict_key_at(a, i))
        if j < 0:
            leave_nesting()
            return -1 if j == -2 else 0
        e = items_equal(dict_value_at(a, i), dict_value_at(b, j))
        if e <= 0:
            leave_nesting()
            return e
        i += 1
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
    i: i64 = 0
    while i < as_dict(d).size:
        if i > 0:
            str_builder_add_cstr(b, ", ")
        ok = add_repr(b, dict_key_at(d, i))
        if ok:
            str_builder_add_cstr(b, ": ")
            ok = add_repr(b, dict_value_at(d, i))
        if not ok:
            str_builder_free(b)
            repr_leave()
            return cast(Word, 0)
        i += 1
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
        i: i64 = 0
        while i < as_dict(d).size:
            e = items_equal(dict_value_at(d, i), x)
            if e != 0:
                return e
            i += 1
        return 0
    # dict_items: (key, value) is in it when d[key] exists and equals value.
    if not has_type(x, TUPLE_TYPE) or cast(Ptr[Tuple], x).size != 2:
        return 0
    found = dict_lookup(d, cast(Ptr[Tuple], x).items[0])
    if not found:
        return -1 if pending else 0
    return items_equal(found, cast(Ptr[Tuple], x).items[1])


def view_item(v: Word, i: i64) -> Word:
    """Item i (< len) of a keys or items view, as iterating it gives it."""
    d = view_dict(v)
    if as_object(v).type == DICT_KEYS:
        return dict_key_at(d, i)
    return dict_item_tuple(d, i)


def all_contained_in(a: Word, b: Word) -> i64:
    """Every item of the set-like view a is in the view b: 1 or 0, -1 after raising."""
    i: i64 = 0
    while i < mapping_size(a):
        item = view_item(a, i)
        if not item:
            return -1
        e = dict_view_contains(b, item)
        if e <= 0:
            return e
        i += 1
    return 1


def dict_view_compare(a: Word, b: Word, op: i64) -> i64:
    """a OP b for two set-like views (keys or items), as sets compare: 1 or 0, -1 after raising."""
    na = mapping_size(a)
    nb = mapping_size(b)
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
    """Keys and items views compare with each other as sets (values views by identity)."""
    if not is_set_view(b):
        return cast(Word, NOT_IMPLEMENTED)
    return truth_word(dict_view_compare(a, b, op))


# -- iterators ----------------------------------------------------------------------------------

@inline
def is_dict_iterator_type(t: Ptr[Type]) -> bool:
    return t == DICT_KEYITERATOR or t == DICT_VALUEITERATOR or t == DICT_ITEMITERATOR


def dict_iter_new(kind: Ptr[Type], d: Word) -> Word:
    """A new iterator of type kind (one of the three above) at the start of d."""
    if not namespace_whole(d):
        return cast(Word, 0)
    it = new(DictIterator)
    if not it:
        return cast(Word, 0)
    it.type = kind
    it.mapping = d
    it.used = as_dict(d).size
    return cast(Word, it)


def mapping_iter(w: Word) -> Word:
    """iter(w) for a dict (over its keys) or a view."""
    t = as_object(w).type
    if t == DICT_TYPE:
        return dict_iter_new(DICT_KEYITERATOR, w)
    if t == DICT_KEYS:
        return dict_iter_new(DICT_KEYITERATOR, view_dict(w))
    if t == DICT_VALUES:
        return dict_iter_new(DICT_VALUEITERATOR, view_dict(w))
    return dict_iter_new(DICT_ITEMITERATOR, view_dict(w))


def dict_iter_next(w: Word) -> Word:
    """The next key, value or (key, value); the null Word with nothing raised when exhausted,
    RuntimeError when the dict changed size since the iterator was made."""
    it = cast(Ptr[DictIterator], w)
    d = it.mapping
    if not d:
        return d
    if it.used != as_dict(d).size:
        it.used = -1
        return raise_msg(RUNTIME_ERROR, "dictionary changed size during iteration")
    i = it.index
    if i >= as_dict(d).size:
        it.mapping = cast(Word, 0)
        return cast(Word, 0)
    it.index = i + 1
    kind = it.type
    if kind == DICT_KEYITERATOR:
        return dict_key_at(d, i)
    if kind == DICT_VALUEITERATOR:
        return dict_value_at(d, i)
    return dict_item_tuple(d, i)


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


def dict_update(d: Word, other: Word) -> bool:
    """d.update(other) for a dict or an iterable of pairs; False after raising."""
    if not has_type(other, DICT_TYPE):
        return dict_merge_pairs(d, other)
    if not namespace_whole(other):
        return False
    if other == d:
        return True
    i: i64 = 0
    while i < as_dict(other).size:
        if not dict_set(d, dict_key_at(other, i), dict_value_at(other, i)):
            return False
        i += 1
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
    i = dict_index(self, args[0])
    if i == -2:
        return cast(Word, 0)
    if i >= 0:
        return dict_value_at(self, i)
    value = none_word()
    if n == 2:
        value = args[1]
    if not dict_append(self, args[0], value):
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
