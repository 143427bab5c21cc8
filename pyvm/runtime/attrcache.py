"""Inline caches of attribute loads, stores and method calls on instances of user classes (docs/ops.md).

A cache serves one (code object, name, kind) and is CACHE_WORDS Words in the module's root range of
caches (jit/image.py): ENTRIES entries of [version, map, a, b], then the name. An entry
says: an instance whose class has this version tag and which has this map (so its class is that
class, its attributes these, in map mode)

- LOAD: has the attribute in its slot at byte offset a;
- STORE: gets the value at byte offset a and map b (its map, or the map's transition for the name);
- METHOD: calls the function a, found on the class and not shadowed by an instance attribute.

A method cache also serves builtin receivers (`items.pop(0)`, `d.get(k)`): an entry [BUILTIN, type,
method, 0] holds the BuiltinFunction of the type's method table (builtin types never change).

Version tags are unique across classes and change on every change to a class or a base
(classobj.bump_version), and builtin types keep version 0, so a version compare identifies the class
and its state; an empty entry's version is EMPTY, which no type has. Maps never change, and an instance
whose shape changes gets another map (dict mode: map 0, which no entry holds). So an entry never gives
a stale answer. It is filled only when the class's lookup found nothing that takes precedence over
the instance (a data descriptor, __getattribute__, __setattr__): under its version tag.
Compiled code tests the first entry inline (jit/codegen.py) and calls these functions on a miss; the
interpreter calls them always.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import value_method
from pyvm.runtime.object import Type, as_object, is_small
from pyvm.runtime.dictobj import dict_lookup
from pyvm.runtime.errors import pending, clear
from pyvm.runtime.ops import get_attr, set_attr, check_method, call_method, type_of_value, FUNCTION_TYPE
from pyvm.runtime.builtins import BuiltinFunction, find_method
from pyvm.runtime.classobj import (Instance, Map, is_user_type, type_lookup, map_index, call_with_self, instance_getattr,
                                   instance_setattr)

ENTRIES = 4
ENTRY_WORDS = 4
CACHE_WORDS = 17            # ENTRIES * ENTRY_WORDS, then the name
NAME = 16
EMPTY = -1
BUILTIN = -3                # the version word of an entry for a builtin type's method

hits: i64 = 0               # found by the runtime (the interpreter; compiled code's entries past the first)
inline_hits: i64 = 0        # found by compiled code in its first entry (counted with PYVM_STATS=1 only)
misses: i64 = 0
fills: i64 = 0

def find_entry(cache: Ptr[Word], obj: Word) -> Ptr[Word]:
    """The entry for obj's class version and map, or null. Compiled code calls it when its first
    entry does not match, and calls the generic path after it (`lookup`) when none does."""
    global hits
    if is_small(obj):
        return null(Word)
    version = cast(Word, as_object(obj).type.version)
    for i in range(ENTRIES):
        e = cache + i * ENTRY_WORDS
        if e[0] == version and e[1] == cast(Ptr[Instance], obj).map:
            hits += 1
            return e
    return null(Word)


def lookup(cache: Ptr[Word], obj: Word) -> Ptr[Word]:
    """find_entry, counting a miss: the generic paths below, which do the lookup then."""
    global misses
    e = find_entry(cache, obj)
    if not e:
        misses += 1
    return e


def fill(cache: Ptr[Word], t: Ptr[Type], m: Word, a: Word, b: Word) -> None:
    """An entry for t's version and map m: in place of one for an older version of the same map (the
    class changed since), else the first empty one, else first (compiled code tests it inline) with
    the oldest dropped."""
    fill_entry(cache, cast(Word, t.version), m, a, b)


def fill_entry(cache: Ptr[Word], version: Word, m: Word, a: Word, b: Word) -> None:
    global fills
    fills += 1
    at = -1
    for i in range(ENTRIES):
        if at < 0 and (cache[i * ENTRY_WORDS + 1] == m or cache[i * ENTRY_WORDS] == cast(Word, EMPTY)):
            at = i * ENTRY_WORDS
    if at < 0:
        at = 0
        k = (ENTRIES - 1) * ENTRY_WORDS - 1
        while k >= 0:
            cache[k + ENTRY_WORDS] = cache[k]
            k -= 1
    cache[at] = version
    cache[at + 1] = m
    cache[at + 2] = a
    cache[at + 3] = b


def plain_map_instance(obj: Word) -> bool:
    """obj is an instance in map mode of a class whose attribute access is the default one (no
    __getattribute__, __setattr__ or __delattr__ in its MRO: dunders.update_slots chose its slots)."""
    if is_small(obj):
        return False
    t = as_object(obj).type
    if not is_user_type(t) or not cast(Ptr[Instance], obj).map:
        return False
    return t.getattr == instance_getattr and t.setattr == instance_setattr


def instance_wins(t: Ptr[Type], name: Word) -> bool:
    """The instance's attribute name comes before the class's: the class has none, or one that is not a
    data descriptor (a function, a value of a builtin type without __set__; user-typed values are
    assumed to have one)."""
    v = type_lookup(t, name)
    if not v:
        return True
    vt = type_of_value(v)
    if vt == FUNCTION_TYPE:
        return True
    if is_user_type(vt) or vt.descr_set:
        return False
    return True


def slot_offset(m: Word, obj: Word, name: Word) -> i64:
    """The byte offset in obj of the attribute name in map m, when it is one of obj's slots; else 0."""
    k = map_index(m, name)
    if k < 0 or k >= cast(Ptr[Instance], obj).size:
        return 0
    return cast(i64, cast(Ptr[Instance], obj).slots + k) - cast(i64, obj)


def cached_get_attr(obj: Word, cache: Ptr[Word]) -> Word:
    """GET_ATTR: obj.name."""
    e = lookup(cache, obj)
    if e:
        return cast(Ptr[Word], cast(i64, obj) + cast(i64, e[2]))[0]
    name = cache[NAME]
    v = get_attr(obj, name)
    if v and plain_map_instance(obj):
        t = as_object(obj).type
        m = cast(Ptr[Instance], obj).map
        at = slot_offset(m, obj, name)
        if at and instance_wins(t, name):
            fill(cache, t, m, cast(Word, at), cast(Word, 0))
    return v


def cached_set_attr(obj: Word, value: Word, cache: Ptr[Word]) -> bool:
    """SET_ATTR: obj.name = value."""
    e = lookup(cache, obj)
    if e:
        cast(Ptr[Word], cast(i64, obj) + cast(i64, e[2]))[0] = value
        cast(Ptr[Instance], obj).map = e[3]
        return True
    name = cache[NAME]
    before = cast(Word, 0)
    if plain_map_instance(obj):
        before = cast(Ptr[Instance], obj).map
    if not set_attr(obj, name, value):
        return False
    if before and plain_map_instance(obj) and instance_wins(as_object(obj).type, name):
        after = cast(Ptr[Instance], obj).map
        # Only the store itself may have changed the map: the same map, or its transition for name.
        same = after == before and map_index(before, name) >= 0
        if not same and map_index(before, name) < 0 and cast(Ptr[Map], before).transitions:
            same = dict_lookup(cast(Ptr[Map], before).transitions, name) == after
            if pending:
                clear()
        at = slot_offset(after, obj, name)
        if same and at:
            fill(cache, as_object(obj).type, before, cast(Word, at), after)
    return True


def cached_method(obj: Word, cache: Ptr[Word]) -> Word:
    """The function obj.name(...) calls with obj first (found on the class, not shadowed by an instance
    attribute), or the builtin's method for a subclass of a builtin type (builtinsub.value_method);
    the null Word, with nothing pending, when that is not how obj.name is called."""
    e = lookup(cache, obj)
    if e:
        return e[2]
    if not plain_map_instance(obj):
        return cast(Word, 0)
    name = cache[NAME]
    t = as_object(obj).type
    m = cast(Ptr[Instance], obj).map
    f = type_lookup(t, name)
    if not f or (type_of_value(f) != FUNCTION_TYPE and not value_method(t, f)) or map_index(m, name) >= 0:
        return cast(Word, 0)
    fill(cache, t, m, f, cast(Word, 0))
    return f


def builtin_method(t: Ptr[Type], cache: Ptr[Word]) -> Ptr[BuiltinFunction]:
    """The method the cache names in the method table of t, a builtin type (call_method's way for
    types without a dict), kept in the cache; null when it has none there."""
    for i in range(ENTRIES):
        e = cache + i * ENTRY_WORDS
        if e[0] == cast(Word, BUILTIN) and e[1] == cast(Word, t):
            return cast(Ptr[BuiltinFunction], e[2])
    m = find_method(t, cache[NAME])
    if not m or not m.method:
        return null(BuiltinFunction)
    fill_entry(cache, cast(Word, BUILTIN), cast(Word, t), cast(Word, m), cast(Word, 0))
    return m


def cached_check_method(obj: Word, cache: Ptr[Word]) -> bool:
    """CHECK_METHOD: whether obj has the attribute (False after raising AttributeError)."""
    t = type_of_value(obj)
    if not t.dict and builtin_method(t, cache):
        return True
    if t.dict and cached_method(obj, cache):
        return True
    return check_method(obj, cache[NAME])


def cached_call_method(obj: Word, args: Ptr[Word], n: i64, cache: Ptr[Word]) -> Word:
    """CALL_METHOD: obj.name(*args[0:n]); args points into a GC root area."""
    t = type_of_value(obj)
    if not t.dict:
        m = builtin_method(t, cache)
        if m:
            return m.method(obj, args, n, cast(Word, 0))
    else:
        f = cached_method(obj, cache)
        if f:
            return call_with_self(f, obj, args, n, cast(Word, 0))
    return call_method(obj, cache[NAME], args, n)
