"""dir(obj), as CPython's: the sorted result of type(obj).__dir__(obj) when a user class defines it,
else the names of the object's __dict__ and of its class and bases (a class: of itself and its MRO).

A builtin type's names are those pyvm has: its method table and the dunders its slots stand for (the
`__len__` of a `length` slot, ...; not `__bool__`: the `truth` slot serves containers too). Attributes computed by a getattr slot (int's real and imag, a
function's __name__, ...) and the number dunders (__add__, ...) are not listed: dir(1) lacks them.
dir() without arguments is compiled as sorted(locals()) (frontend/compiler.py).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, BuiltinFunction, has_type
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.setobj import SET_TYPE, set_new, set_add_key, set_update
from pyvm.runtime.listobj import list_new
from pyvm.runtime.sort import list_sort
from pyvm.runtime.errors import raise_not_supported, clear, BASE_EXCEPTION
from pyvm.runtime.ops import (get_attr, call_method, type_of_value, is_type_object,
                              is_subtype, list_from_iterable, immutable_setitem, immutable_delitem)
from pyvm.runtime.classobj import OBJECT_TYPE, is_user_type, mro_size, mro_at, type_lookup
from pyvm.runtime.sysmodule import ModuleObject
from pyvm.runtime.builtins import positional_count, attribute_error_pending


def builtin_dir(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """dir(obj): a sorted list of str."""
    if not positional_count(n, kwnames, "dir()", "dir", 0, 1):
        return cast(Word, 0)
    if n == 0:
        return raise_not_supported("dir() without arguments, called by another name than dir", "", "")
    obj = args[0]
    t = type_of_value(obj)
    names = cast(Word, 0)
    if is_user_type(t) and type_lookup(t, str_from_cstr("__dir__")):
        r = call_method(obj, str_from_cstr("__dir__"), args, 0)
        if not r:
            return r
        names = list_from_iterable(r)
    else:
        if has_type(obj, type_of(ModuleObject)):
            return raise_not_supported("dir() of a module", "", "")
        names = set_new(SET_TYPE)
        if not names:
            return names
        if is_type_object(obj):
            t = cast(Ptr[Type], obj)
        elif (is_user_type(t) or is_subtype(t, BASE_EXCEPTION)) and not add_keys(names, obj):
            return cast(Word, 0)           # (only those have a __dict__ in pyvm)
        for i in range(mro_size(t)):
            if not add_type_names(names, mro_at(t, i)):
                return cast(Word, 0)
        names = list_from_iterable(names)
    if not names or not list_sort(names, cast(Word, 0), False):
        return cast(Word, 0)
    return names


def add_keys(names: Word, obj: Word) -> bool:
    """The keys of obj.__dict__ into the set names, if obj has one; False after raising."""
    d = get_attr(obj, str_from_cstr("__dict__"))
    if not d:
        if attribute_error_pending():
            clear()
            return True
        return False
    return set_update(names, d)


def add_type_names(names: Word, t: Ptr[Type]) -> bool:
    """A class's own names into the set names: a user class's dict; a builtin type's methods and the
    dunders of its slots."""
    if is_user_type(t):
        return (t.slotted or add_name(names, "__dict__")) and set_update(names, t.dict)
    # the attributes getattr slots give that CPython's types list (as getsets)
    if t == OBJECT_TYPE and not add_name(names, "__class__"):
        return False
    if t == BASE_EXCEPTION and not (add_name(names, "args") and add_name(names, "__dict__") and add_name(names, "__traceback__")
                                    and add_name(names, "__context__") and add_name(names, "__cause__")
                                    and add_name(names, "__suppress_context__")):
        return False
    m = t.methods
    while m:
        if not add_name(names, m.name):
            return False
        m = m.next_method
    return ((not t.repr or add_name(names, "__repr__")) and (not t.str or add_name(names, "__str__"))
            and (not t.hash or add_name(names, "__hash__"))
            and (not t.richcompare or (add_name(names, "__eq__") and add_name(names, "__ne__")
                                       and add_name(names, "__lt__") and add_name(names, "__le__")
                                       and add_name(names, "__gt__") and add_name(names, "__ge__")))
            and (not t.length or add_name(names, "__len__"))
            and (not t.iter or add_name(names, "__iter__")) and (not t.next or add_name(names, "__next__"))
            and (not t.getitem or add_name(names, "__getitem__"))
            and (not t.setitem or t.setitem == immutable_setitem or add_name(names, "__setitem__"))
            and (not t.delitem or t.delitem == immutable_delitem or add_name(names, "__delitem__"))
            and (not t.contains or add_name(names, "__contains__"))
            and (not t.invoke or add_name(names, "__call__"))
            and (not t.concat or add_name(names, "__add__"))
            and (not t.repeat or (add_name(names, "__mul__") and add_name(names, "__rmul__")))
            and (not t.inplace_concat or add_name(names, "__iadd__"))
            and (not t.inplace_repeat or add_name(names, "__imul__"))
            and (not t.index or add_name(names, "__index__"))
            and (not t.descr_get or add_name(names, "__get__"))
            and (not t.descr_set or (add_name(names, "__set__") and add_name(names, "__delete__"))))


def add_name(names: Word, name: Ptr[u8]) -> bool:
    s = str_from_cstr(name)
    if not s:
        return False
    return set_add_key(names, s)
