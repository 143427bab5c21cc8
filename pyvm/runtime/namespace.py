"""A module's namespace as a dict: what globals() returns (and locals() at module level).

Compiled code keeps a module's globals in slots (jit/image.py), read and written by index. The
namespace dict is made on the first globals() and from then on kept in step with the slots both
ways, so that it *is* the namespace, as CPython's module dict is:
- STORE_GLOBAL, DELETE_GLOBAL and UNBIND_GLOBAL also change the dict once it exists;
- the dict's own changes (item assignment, del, pop, clear, update, ...) reach the slot of the
  name they change (dictobj calls namespace_set and namespace_clear). A name no code of the module
  names has no slot: it lives in the dict alone, where nothing but the dict can see it.
Before the dict exists, a store into an unbound slot stamps it with a counter, so that the dict is
made in the order the names were bound, as CPython's would be.

Until every name CPython's __main__ holds (__loader__, __builtins__, ...) is a global of pyvm's
too, a whole namespace (printed, iterated, measured, copied, compared) would differ from CPython's:
those operations raise NotSupported (namespace_whole); reading and writing single names works.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.errors import raise_not_supported
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.dictobj import Dict, DICT_TYPE, dict_new, dict_set, dict_index, dict_remove_at, dict_key_at, dict_next
from pyvm.runtime.builtins import name_is
from pyvm.runtime.ops import type_of_value, STR_TYPE
from pyvm.runtime.function import name_error


class Namespace(Struct):
    """One per module, outside the heap (made by jit/image.py)."""
    slots: Ptr[Word]        # the global slots (count of them), then the namespace dict (the null Word until made)
    count: i64
    names: Ptr[Ptr[u8]]    # the slots' names
    order: Ptr[i64]        # each slot's stamp: when it was last bound while unbound (0: never)
    bindings: i64          # the last stamp given


DUNDERS = 9                 # the names CPython's __main__ starts with, in its order


def dunder(k: i64) -> Ptr[u8]:
    if k == 0:
        return "__name__"
    if k == 1:
        return "__doc__"
    if k == 2:
        return "__package__"
    if k == 3:
        return "__loader__"
    if k == 4:
        return "__spec__"
    if k == 5:
        return "__annotations__"
    if k == 6:
        return "__builtins__"
    if k == 7:
        return "__file__"
    return "__cached__"


def cstr_equal(a: Ptr[u8], b: Ptr[u8]) -> bool:
    k: i64 = 0
    while a[k] == b[k]:
        if a[k] == 0:
            return True
        k += 1
    return False


def slot_named(ns: Ptr[Namespace], name: Ptr[u8]) -> i64:
    for j in range(ns.count):
        if cstr_equal(ns.names[j], name):
            return j
    return -1


def namespace_dict(ns: Ptr[Namespace]) -> Word:
    return ns.slots[ns.count]


def add_slot(ns: Ptr[Namespace], d: Word, j: i64) -> bool:
    name = str_from_cstr(ns.names[j])
    if not name:
        return False
    return dict_set(d, name, ns.slots[j])


def module_namespace(ns: Ptr[Namespace]) -> Word:
    """globals(): the namespace dict, made from the bound slots the first time (CPython's
    dunder names first in its order, then the others in the order they were bound)."""
    if namespace_dict(ns):
        return namespace_dict(ns)
    d = dict_new()
    if not d:
        return d
    for k in range(DUNDERS):
        j = slot_named(ns, dunder(k))
        if j >= 0 and ns.slots[j] and not add_slot(ns, d, j):
            return cast(Word, 0)
    for j in range(ns.count):           # bound but never stamped (set up by the JIT): first, in slot order
        if ns.slots[j] and ns.order[j] == 0 and not add_slot(ns, d, j):      # (a dunder keeps its place)
            return cast(Word, 0)
    last: i64 = 0
    while True:                         # then by stamp (every stamp is another number)
        best: i64 = -1
        for j in range(ns.count):
            if ns.slots[j] and ns.order[j] > last and (best < 0 or ns.order[j] < ns.order[best]):
                best = j
        if best < 0:
            break
        if not add_slot(ns, d, best):
            return cast(Word, 0)
        last = ns.order[best]
    cast(Ptr[Dict], d).namespace = ns
    ns.slots[ns.count] = d
    return d


def global_store(ns: Ptr[Namespace], j: i64, value: Word) -> bool:
    """STORE_GLOBAL's slow path, when the slot is unbound (it is stamped) or the namespace dict
    exists (it gets the value too); False after raising."""
    if not ns.slots[j] and not namespace_dict(ns):
        ns.bindings += 1
        ns.order[j] = ns.bindings
    ns.slots[j] = value
    if not namespace_dict(ns):
        return True
    name = str_from_cstr(ns.names[j])
    if not name:
        return False
    return dict_set(namespace_dict(ns), name, value)


def global_delete(ns: Ptr[Namespace], j: i64, check: bool) -> bool:
    """del of a global (check: NameError if unbound), or the end of `except E as name` at module
    level; False after raising."""
    if check and not ns.slots[j]:
        name_error(ns.names[j])
        return False
    ns.slots[j] = cast(Word, 0)
    d = namespace_dict(ns)
    if not d:
        return True
    name = str_from_cstr(ns.names[j])
    if not name:
        return False
    i = dict_index(namespace_dict(ns), name)
    if i >= 0:
        dict_remove_at(namespace_dict(ns), i)
    return i != -2


# -- the dict's side (dictobj) ---------------------------------------------------------------------

def namespace_set(ns: Ptr[Namespace], key: Word, value: Word) -> None:
    """A namespace dict's entry key now holds value (the null Word: removed): so does its slot."""
    if type_of_value(key) != STR_TYPE:
        return
    for j in range(ns.count):
        if name_is(key, ns.names[j]):
            ns.slots[j] = value
            return


def namespace_clear(ns: Ptr[Namespace]) -> None:
    for j in range(ns.count):
        ns.slots[j] = cast(Word, 0)


def namespace_whole(w: Word) -> bool:
    """Whether w may be taken as a whole (printed, iterated, measured, copied): not a namespace
    missing names CPython's has. False after raising NotSupported."""
    if type_of_value(w) != DICT_TYPE or not cast(Ptr[Dict], w).namespace:
        return True
    for k in range(DUNDERS):
        found = False
        i = dict_next(w, 0)
        while i >= 0:
            key = dict_key_at(w, i)
            if type_of_value(key) == STR_TYPE and name_is(key, dunder(k)):
                found = True
            i = dict_next(w, i + 1)
        if not found:
            raise_not_supported("the whole of globals() (pyvm has no ", dunder(k), " yet)")
            return False
    return True
