"""Function and cell objects as Python sees them: their attributes and reprs.

A function's `__name__`, `__qualname__`, `__doc__` and `__module__` come from its
code until assigned (the fields stay 0 until then, so `def` allocates nothing for
them); `__dict__` and `__annotations__` are made on first use.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import setattr_not_supported
from pyvm.runtime.function import call_function
from pyvm.runtime.object import NONE, none_word, has_type
from pyvm.runtime.errors import (raise_text, raise_msg, raise_message, raise_not_supported, TYPE_ERROR, VALUE_ERROR,
                                 ATTRIBUTE_ERROR)
from pyvm.runtime.ops import type_name
from pyvm.runtime.function import Function, Code, Cell, absent_as_zero
from pyvm.runtime.strobj import Str, str_from_cstr
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.dictobj import DICT_TYPE, dict_new, dict_lookup, dict_set, dict_delitem
from pyvm.runtime.builtins import name_is
from pyvm.runtime.strbuilder import str_builder_new, str_builder_add_cstr, str_builder_add_str, str_builder_add_hex, str_builder_finish

STR = type_of(Str)
TUPLE = type_of(Tuple)


@inline
def fn(f: Word) -> Ptr[Function]:
    return cast(Ptr[Function], f)


def or_none(w: Word) -> Word:
    if not w:
        return none_word()
    return w


def function_name(f: Word) -> Word:
    if fn(f).name:
        return fn(f).name
    return str_from_cstr(fn(f).code.name)


def function_qualname(f: Word) -> Word:
    if fn(f).qualname:
        return fn(f).qualname
    return str_from_cstr(fn(f).code.qualname)


def function_dict(f: Word) -> Word:
    """__dict__, made on first use."""
    if not fn(f).dict:
        d = dict_new()
        if not d:
            return d
        fn(f).dict = d
    return fn(f).dict


def function_get_attr(f: Word, name: Word) -> Word:
    """f.NAME, or the null Word with nothing raised when f has no such attribute."""
    if name_is(name, "__name__"):
        return function_name(f)
    if name_is(name, "__qualname__"):
        return function_qualname(f)
    if name_is(name, "__module__"):
        if fn(f).module:
            return fn(f).module
        return str_from_cstr("__main__")          # (modules come with the next wave: DESIGN.md 15)
    if name_is(name, "__doc__"):
        if fn(f).doc:
            return fn(f).doc
        code = fn(f).code
        if code.doc < 0:
            return none_word()
        return code.consts[code.doc]
    if name_is(name, "__defaults__"):
        return or_none(fn(f).defaults)
    if name_is(name, "__kwdefaults__"):
        return or_none(fn(f).kwdefaults)
    if name_is(name, "__closure__"):
        return or_none(fn(f).closure)
    if name_is(name, "__code__"):
        return cast(Word, fn(f).code)
    if name_is(name, "__dict__"):
        return function_dict(f)
    if name_is(name, "__annotations__"):
        if not fn(f).annotations:
            d = dict_new()
            if not d:
                return d
            fn(f).annotations = d
        return fn(f).annotations
    if fn(f).dict:
        return dict_lookup(fn(f).dict, name)
    return cast(Word, 0)


def function_set_attr(f: Word, name: Word, value: Word) -> bool:
    """f.NAME = value, with CPython's checks; False after raising."""
    if name_is(name, "__name__") or name_is(name, "__qualname__"):
        if not has_type(value, STR):
            raise_text(TYPE_ERROR, "__", "name" if name_is(name, "__name__") else "qualname",
                       "__ must be set to a string object", "", "")
            return False
        if name_is(name, "__name__"):
            fn(f).name = value
        else:
            fn(f).qualname = value
        return True
    if name_is(name, "__doc__"):
        fn(f).doc = value
        return True
    if name_is(name, "__module__"):
        fn(f).module = value
        return True
    is_none = value == cast(Word, NONE)
    if name_is(name, "__defaults__"):
        if not is_none and not has_type(value, TUPLE):
            raise_msg(TYPE_ERROR, "__defaults__ must be set to a tuple object")
            return False
        fn(f).defaults = absent_as_zero(value)
        return True
    if name_is(name, "__kwdefaults__") or name_is(name, "__annotations__"):
        if not is_none and not has_type(value, DICT_TYPE):
            raise_text(TYPE_ERROR, "__", "kwdefaults" if name_is(name, "__kwdefaults__") else "annotations",
                       "__ must be set to a dict object", "", "")
            return False
        if name_is(name, "__kwdefaults__"):
            fn(f).kwdefaults = absent_as_zero(value)
        else:
            fn(f).annotations = absent_as_zero(value)
        return True
    if name_is(name, "__dict__"):
        if not has_type(value, DICT_TYPE):
            raise_text(TYPE_ERROR, "__dict__ must be set to a dictionary, not a '", type_name(value), "'", "", "")
            return False
        fn(f).dict = value
        return True
    if name_is(name, "__closure__") or name_is(name, "__globals__") or name_is(name, "__builtins__"):
        raise_msg(ATTRIBUTE_ERROR, "readonly attribute")
        return False
    if name_is(name, "__code__"):
        raise_not_supported("assigning __code__", "", "")
        return False
    d = function_dict(f)
    if not d:
        return False
    return dict_set(d, name, value)


def function_del_attr(f: Word, name: Word) -> bool:
    """del f.NAME; False after raising. Deleting a special attribute sets it to None, with its checks."""
    if name_is(name, "__dict__"):
        raise_msg(TYPE_ERROR, "cannot delete __dict__")
        return False
    if is_special(name):
        return function_set_attr(f, name, none_word())
    if fn(f).dict:
        if dict_lookup(fn(f).dict, name):
            return dict_delitem(fn(f).dict, name)
    raise_message(ATTRIBUTE_ERROR, "'function' object has no attribute '", "", "", name, "'", "", "", "")
    return False


def is_special(name: Word) -> bool:
    """An attribute every function has (not kept in its __dict__)."""
    return (name_is(name, "__name__") or name_is(name, "__qualname__") or name_is(name, "__doc__")
            or name_is(name, "__module__") or name_is(name, "__defaults__") or name_is(name, "__kwdefaults__")
            or name_is(name, "__annotations__") or name_is(name, "__closure__") or name_is(name, "__globals__")
            or name_is(name, "__builtins__") or name_is(name, "__code__"))


def function_repr(f: Word) -> Word:
    """<function outer.<locals>.inner at 0x7f...>, with __qualname__."""
    return named_repr("<function ", function_qualname(f), f)


def named_repr(kind: Ptr[u8], name: Word, obj: Word) -> Word:
    """kind + name + " at 0x7f...>": the repr of a function or a generator (name a str, or 0 after an
    error)."""
    if not name:
        return name
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, kind)
    str_builder_add_str(b, name)
    str_builder_add_cstr(b, " at ")
    str_builder_add_hex(b, cast(u64, obj))
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


# -- cells ------------------------------------------------------------------------------------------

def cell_get_attr(cell: Word, name: Word) -> Word:
    if name_is(name, "cell_contents"):
        if not cast(Ptr[Cell], cell).contents:
            return raise_msg(VALUE_ERROR, "Cell is empty")
        return cast(Ptr[Cell], cell).contents
    return cast(Word, 0)


def cell_set_attr(cell: Word, name: Word, value: Word) -> i64:
    """1 done, 0 not an attribute of cells."""
    if name_is(name, "cell_contents"):
        cast(Ptr[Cell], cell).contents = value
        return 1
    return 0


def cell_repr(cell: Word) -> Word:
    """<cell at 0x7f...: int object at 0x7f...>, or <cell at 0x7f...: empty>."""
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    contents = cast(Ptr[Cell], cell).contents           # after the allocation: the cell may have moved
    str_builder_add_cstr(b, "<cell at ")
    str_builder_add_hex(b, cast(u64, cell))
    str_builder_add_cstr(b, ": ")
    if not contents:
        str_builder_add_cstr(b, "empty")
    else:
        str_builder_add_cstr(b, type_name(contents))
        str_builder_add_cstr(b, " object at ")
        str_builder_add_hex(b, cast(u64, contents))
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


def init() -> None:
    f = type_of(Function)
    f.repr = function_repr
    f.invoke = call_function
    f.getattr = function_get_attr
    f.setattr = function_setattr
    c = type_of(Cell)
    c.repr = cell_repr
    c.getattr = cell_get_attr
    c.setattr = cell_setattr


def function_setattr(f: Word, name: Word, value: Word) -> bool:
    """The setattr slot of function (value 0: del)."""
    if value:
        return function_set_attr(f, name, value)
    return function_del_attr(f, name)


def cell_setattr(cell: Word, name: Word, value: Word) -> bool:
    """The setattr slot of cell: cell_contents may be set."""
    if value and cell_set_attr(cell, name, value) == 1:
        return True
    return setattr_not_supported(cell, name, value)
