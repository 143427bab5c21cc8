"""mappingproxy: the read-only view of a class's namespace that `A.__dict__` gives, as CPython's.

A class's dict must change only through the class (`A.x = 1`, `del A.x`), which bumps its version
tag: the inline caches (attrcache.py) and the dunder slots trust that tag. Handing out the dict
itself would let `A.__dict__['m'] = f` change the class behind their back.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, BuiltinFunction, as_object, add_method
from pyvm.runtime.errors import message
from pyvm.runtime.dictobj import (DICT_TYPE, dict_getitem, mapping_size, mapping_contains, mapping_iter,
                                  dict_richcompare, dict_keys_method, dict_values_method, dict_items_method,
                                  dict_get_method, dict_copy_method)
from pyvm.runtime.ops import repr_of, str_of, object_setattr


class MappingProxy(Object, name="mappingproxy"):
    mapping: Word              # the dict it shows


MAPPINGPROXY_TYPE = type_of(MappingProxy)


@inline
def proxied(w: Word) -> Word:
    return cast(Ptr[MappingProxy], w).mapping


def mappingproxy_new(d: Word) -> Word:
    p = new(MappingProxy)
    if not p:
        return cast(Word, 0)
    p.mapping = d
    return cast(Word, p)


def proxy_repr(w: Word) -> Word:
    """mappingproxy({'__module__': '__main__', ...})."""
    inner = repr_of(proxied(w))
    if not inner:
        return inner
    return message("mappingproxy(", "", "", inner, ")", "", "", "")


def proxy_str(w: Word) -> Word:
    """str() of a mappingproxy is that of its mapping: {'__module__': '__main__', ...}."""
    return str_of(proxied(w))


def proxy_getitem(w: Word, key: Word) -> Word:
    return dict_getitem(proxied(w), key)


def proxy_length(w: Word) -> Word:
    return cast(Word, (mapping_size(proxied(w)) << 1) | 1)


def proxy_truth(w: Word) -> i64:
    return 1 if mapping_size(proxied(w)) > 0 else 0


def proxy_contains(w: Word, x: Word) -> i64:
    return mapping_contains(proxied(w), x)


def proxy_iter(w: Word) -> Word:
    return mapping_iter(proxied(w))


def proxy_richcompare(a: Word, b: Word, op: i64) -> Word:
    """Compares as the dict it shows (CPython's mappingproxy_richcompare)."""
    if as_object(a).type == MAPPINGPROXY_TYPE:
        a = proxied(a)
    if as_object(b).type == MAPPINGPROXY_TYPE:
        b = proxied(b)
    return dict_richcompare(a, b, op)


def proxy_keys(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dict_keys_method(proxied(self), args, n, kwnames)


def proxy_values(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dict_values_method(proxied(self), args, n, kwnames)


def proxy_items(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dict_items_method(proxied(self), args, n, kwnames)


def proxy_get(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dict_get_method(proxied(self), args, n, kwnames)


def proxy_copy(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dict_copy_method(proxied(self), args, n, kwnames)


PROXY_KEYS = static(BuiltinFunction, name="keys", method=proxy_keys)
PROXY_VALUES = static(BuiltinFunction, name="values", method=proxy_values)
PROXY_ITEMS = static(BuiltinFunction, name="items", method=proxy_items)
PROXY_GET = static(BuiltinFunction, name="get", method=proxy_get)
PROXY_COPY = static(BuiltinFunction, name="copy", method=proxy_copy)


def init() -> None:
    t = MAPPINGPROXY_TYPE
    t.repr = proxy_repr
    t.str = proxy_str
    t.getitem = proxy_getitem
    t.length = proxy_length
    t.truth = proxy_truth
    t.contains = proxy_contains
    t.iter = proxy_iter
    t.richcompare = proxy_richcompare
    t.setattr = object_setattr
    add_method(t, PROXY_COPY)
    add_method(t, PROXY_GET)
    add_method(t, PROXY_ITEMS)
    add_method(t, PROXY_VALUES)
    add_method(t, PROXY_KEYS)
