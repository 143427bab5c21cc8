"""Converting between Python values and runtime Words, for the driver and the tests.

Objects are made by the runtime's own constructors and read through the
struct layouts the compiler reports, so the bridge never guesses an offset.
"""
from __future__ import annotations

import ctypes

SMALL_MIN, SMALL_MAX = -(1 << 62), (1 << 62) - 1


def from_py(rt, value, make_item=None):
    """A Root of the runtime's value equal to value. make_item(rt, item) makes a tuple's items
    (from_py itself by default)."""
    if value is None:
        return rt.root(_static(rt, "runtime.object.NONE"))
    if value is Ellipsis:
        return rt.root(_static(rt, "runtime.object.ELLIPSIS"))
    if value is True or value is False:
        return rt.root(_static(rt, "runtime.object.TRUE" if value else "runtime.object.FALSE"))
    if isinstance(value, int):
        if SMALL_MIN <= value <= SMALL_MAX:
            return rt.root((value << 1) | 1)
        text = str(value).encode()
        return rt.call("runtime.intobj.int_from_decimal", _buffer(text), len(text))
    if isinstance(value, float):
        return rt.call("runtime.floatobj.float_new", value)
    if isinstance(value, str):
        data = value.encode("utf-8", "surrogatepass")
        return rt.call("runtime.strobj.str_new_utf8", _buffer(data), len(data), len(value))
    if isinstance(value, bytes):
        return rt.call("runtime.bytesobj.bytes_from_buffer", _static(rt, "runtime.bytesobj.Bytes.type"), _buffer(value),
                       len(value))
    if isinstance(value, tuple):
        items = [(make_item or from_py)(rt, v) for v in value]
        t = rt.call("runtime.tupleobj.tuple_new", len(items))
        base = t.word + rt.offset("runtime.tupleobj.Tuple", "items")
        for i, item in enumerate(items):
            ctypes.c_int64.from_address(base + 8 * i).value = item.word
        return t
    if isinstance(value, list):
        lst = rt.call("runtime.listobj.list_new", len(value))
        for v in value:
            item = from_py(rt, v)
            if not rt.call("runtime.listobj.list_append", lst, item):
                rt.raise_pending()
        return lst
    if isinstance(value, dict):
        d = rt.call("runtime.dictobj.dict_new")
        for k, v in value.items():
            key, item = from_py(rt, k), from_py(rt, v)
            if not rt.call("runtime.dictobj.dict_set", d, key, item):
                rt.raise_pending()
        return d
    raise TypeError(f"pyvm bridge: cannot convert {type(value).__name__}")


def to_py(rt, root):
    w = root.word
    if w & 1:
        return w >> 1
    name = rt.type_name(w)
    field = lambda struct, f: rt.read_i64(w + rt.offset(struct, f))
    if name == "NoneType":
        return None
    if name == "bool":
        return bool(field("runtime.object.BoolObject", "value"))
    if name == "int":
        return int(to_py(rt, rt.call("runtime.intobj.int_to_decimal", root)))
    if name == "float":
        return ctypes.c_double.from_address(w + rt.offset("runtime.floatobj.Float", "value")).value
    if name == "str":
        n = field("runtime.strobj.Str", "nbytes")
        return ctypes.string_at(w + rt.offset("runtime.strobj.Str", "data"), n).decode("utf-8", "surrogatepass")
    if name == "bytes":
        n = field("runtime.bytesobj.Bytes", "size")
        return ctypes.string_at(w + rt.offset("runtime.bytesobj.Bytes", "data"), n)
    if name == "tuple":
        n = field("runtime.tupleobj.Tuple", "size")
        base = rt.offset("runtime.tupleobj.Tuple", "items")
        items = [rt.root(rt.read_i64(w + base + 8 * i)) for i in range(n)]
        return tuple(to_py(rt, r) for r in items)
    if name == "list":
        n = rt.call("runtime.listobj.list_len", root)
        return [to_py(rt, rt.call("runtime.listobj.list_getitem", root, i)) for i in range(n)]
    if name == "dict":
        result = {}
        i = rt.call("runtime.dictobj.dict_next", root, 0)
        while i >= 0:
            result[to_py(rt, rt.call("runtime.dictobj.dict_key_at", root, i))] = \
                to_py(rt, rt.call("runtime.dictobj.dict_value_at", root, i))
            i = rt.call("runtime.dictobj.dict_next", root, i + 1)
        return result
    raise TypeError(f"pyvm bridge: cannot convert a runtime {name}")


def _static(rt, symbol: str) -> int:
    from pyvm.native import loader
    return loader.address(symbol)


def _buffer(data: bytes):
    """A NUL-terminated copy, passed as the buffer itself so that it lives through the call."""
    return ctypes.create_string_buffer(data, len(data) + 1)
