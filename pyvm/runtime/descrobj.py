"""Descriptors (CPython's descrobject.c, funcobject.c): property, classmethod, staticmethod, and the
descriptor protocol user classes take part in through __get__, __set__ and __delete__.

`descr_get` of a class attribute found for an instance or a class gives what the lookup returns (a
function: a bound method; a classmethod: its function bound to the class); a type with `descr_set`
is a *data descriptor*, which wins over the instance's own attributes (classobj.instance_getattr).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, as_object, has_type, none_word, is_small
from pyvm.runtime.errors import (raise_text, raise_message, raise_memory_error, decimal_text, clear, TYPE_ERROR,
                                 ATTRIBUTE_ERROR)
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.strbuilder import str_builder_new, str_builder_add_cstr, str_builder_add_str, str_builder_finish
from pyvm.runtime.builtins import (BuiltinFunction, add_method, kw_count, kw_name, name_is, clinic_argument,
                                   raise_bad_keyword, raise_arg_count, no_keywords)
from pyvm.runtime.ops import repr_of, get_attr, type_of_value, FUNCTION_TYPE
from pyvm.runtime.function import call_object, absent_as_zero
from pyvm.runtime.classobj import method_new
from pyvm.gc.roots import area_push, area_pop


class Property(Object, name="property"):
    fget: Word          # 0 for None
    fset: Word
    fdel: Word
    doc: Word
    name: Word          # set by the class statement (__set_name__): the attribute's name; 0 until then


class ClassMethod(Object, name="classmethod"):
    func: Word


class StaticMethod(Object, name="staticmethod"):
    func: Word


PROPERTY_TYPE = type_of(Property)
CLASSMETHOD_TYPE = type_of(ClassMethod)
STATICMETHOD_TYPE = type_of(StaticMethod)

PROPERTY_GETTER = static(BuiltinFunction, name="getter", method=property_getter)
PROPERTY_SETTER = static(BuiltinFunction, name="setter", method=property_setter)
PROPERTY_DELETER = static(BuiltinFunction, name="deleter", method=property_deleter)

# A data descriptor (a property, a class with __set__ or __delete__) has been made: until then an
# attribute store need not look at the class (classobj.instance_setattr).
data_descriptors: bool = False


def init() -> None:
    PROPERTY_TYPE.call = property_new
    PROPERTY_TYPE.descr_get = property_get
    PROPERTY_TYPE.descr_set = property_set
    PROPERTY_TYPE.getattr = property_getattr
    add_method(PROPERTY_TYPE, PROPERTY_GETTER)
    add_method(PROPERTY_TYPE, PROPERTY_SETTER)
    add_method(PROPERTY_TYPE, PROPERTY_DELETER)
    CLASSMETHOD_TYPE.call = classmethod_new
    CLASSMETHOD_TYPE.descr_get = classmethod_get
    CLASSMETHOD_TYPE.repr = wrapper_repr
    CLASSMETHOD_TYPE.getattr = wrapper_getattr
    STATICMETHOD_TYPE.call = staticmethod_new
    STATICMETHOD_TYPE.descr_get = staticmethod_get
    STATICMETHOD_TYPE.repr = wrapper_repr
    STATICMETHOD_TYPE.getattr = wrapper_getattr
    STATICMETHOD_TYPE.invoke = staticmethod_invoke


def note_data_descriptor() -> None:
    global data_descriptors
    data_descriptors = True


def or_none(w: Word) -> Word:
    if w:
        return w
    return none_word()


# -- property -------------------------------------------------------------------------------------

def property_new(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """property(fget=None, fset=None, fdel=None, doc=None); the doc defaults to fget's."""
    npos = n - kw_count(kwnames)
    if npos > 4:
        return raise_arg_count("property() takes at most 4 arguments (", n, " given)")
    for k in range(kw_count(kwnames)):
        key = kw_name(kwnames, k)
        if not (name_is(key, "fget") or name_is(key, "fset") or name_is(key, "fdel") or name_is(key, "doc")):
            return raise_bad_keyword(key, "property()")
    p = new(Property)
    if not p:
        return cast(Word, 0)
    p.type = t
    p.fget = absent_as_zero(clinic_argument(args, npos, kwnames, 0, "fget"))
    p.fset = absent_as_zero(clinic_argument(args, npos, kwnames, 1, "fset"))
    p.fdel = absent_as_zero(clinic_argument(args, npos, kwnames, 2, "fdel"))
    p.doc = absent_as_zero(clinic_argument(args, npos, kwnames, 3, "doc"))
    if not p.doc and p.fget:
        fget = p.fget
        doc = get_attr(fget, str_from_cstr("__doc__"))
        if not doc:
            clear()                       # a callable without a __doc__
        cast(Ptr[Property], p).doc = absent_as_zero(doc)
    note_data_descriptor()
    return cast(Word, p)


def property_name_error(p: Word, obj: Word, what: Ptr[u8]) -> bool:
    """AttributeError: property 'x' of 'A' object has no setter."""
    name = cast(Ptr[Property], p).name
    if name:
        raise_message(ATTRIBUTE_ERROR, "property '", "", "", name, "' of '", type_of_value(obj).name, "' object has no ",
                      what)
    else:
        raise_text(ATTRIBUTE_ERROR, "property of '", type_of_value(obj).name, "' object has no ", what, "")
    return False


def property_get(p: Word, obj: Word, owner: Word) -> Word:
    if not obj or obj == none_word():
        return p                                   # A.x: the property itself
    fget = cast(Ptr[Property], p).fget
    if not fget:
        property_name_error(p, obj, "getter")
        return cast(Word, 0)
    return call_object(fget, addr(obj), 1, cast(Word, 0))


def property_set(p: Word, obj: Word, value: Word) -> bool:
    """obj.x = value through the property's fset; value 0: del obj.x through its fdel."""
    f = cast(Ptr[Property], p).fset
    if not value:
        f = cast(Ptr[Property], p).fdel
    if not f:
        return property_name_error(p, obj, "setter" if value else "deleter")
    area = area_push(2)
    if not area:
        raise_memory_error()
        return False
    area[0] = obj
    area[1] = value
    n: i64 = 2
    if not value:
        n = 1
    r = call_object(f, area, n, cast(Word, 0))
    area_pop(area)
    return r != cast(Word, 0)


def property_copy(p: Word, which: i64, f: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """prop.getter(f), .setter(f), .deleter(f): a copy with f in place of fget, fset or fdel."""
    if not no_keywords(kwnames, "property.setter()"):
        return cast(Word, 0)
    if n != 1:
        return raise_arg_count("expected 1 argument, got ", n, "")
    q = new(Property)
    if not q:
        return cast(Word, 0)
    src = cast(Ptr[Property], p)
    q.type = src.type
    q.fget = src.fget
    q.fset = src.fset
    q.fdel = src.fdel
    q.doc = src.doc
    q.name = src.name
    if which == 0:
        q.fget = absent_as_zero(f[0])
    elif which == 1:
        q.fset = absent_as_zero(f[0])
    else:
        q.fdel = absent_as_zero(f[0])
    return cast(Word, q)


def property_getter(p: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return property_copy(p, 0, args, n, kwnames)


def property_setter(p: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return property_copy(p, 1, args, n, kwnames)


def property_deleter(p: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return property_copy(p, 2, args, n, kwnames)


def property_getattr(p: Word, name: Word) -> Word:
    if name_is(name, "fget"):
        return or_none(cast(Ptr[Property], p).fget)
    if name_is(name, "fset"):
        return or_none(cast(Ptr[Property], p).fset)
    if name_is(name, "fdel"):
        return or_none(cast(Ptr[Property], p).fdel)
    if name_is(name, "__doc__"):
        return or_none(cast(Ptr[Property], p).doc)
    return cast(Word, 0)


# -- classmethod, staticmethod ------------------------------------------------------------------------

def wrapper_new(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8]) -> Word:
    if not no_keywords(kwnames, fname):
        return cast(Word, 0)
    if n != 1:
        return raise_text(TYPE_ERROR, t.name, " expected 1 argument, got ", decimal_text(0, n), "", "")
    return wrap_function(t, args[0])


def wrap_function(t: Ptr[Type], func: Word) -> Word:
    """classmethod(func) or staticmethod(func), as t says."""
    w = new(ClassMethod)                  # the layout of both
    if not w:
        return cast(Word, 0)
    w.type = t
    w.func = func
    return cast(Word, w)


def classmethod_new(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return wrapper_new(t, args, n, kwnames, "classmethod()")


def staticmethod_new(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return wrapper_new(t, args, n, kwnames, "staticmethod()")


def classmethod_get(c: Word, obj: Word, owner: Word) -> Word:
    """Its function bound to the class (of obj, when owner is not given)."""
    if not owner or owner == none_word():
        owner = cast(Word, type_of_value(obj))
    return method_new(cast(Ptr[ClassMethod], c).func, owner)


def staticmethod_get(s: Word, obj: Word, owner: Word) -> Word:
    return cast(Ptr[StaticMethod], s).func


def staticmethod_invoke(s: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """A staticmethod is callable (Python 3.10+)."""
    return call_object(cast(Ptr[StaticMethod], s).func, args, n, kwnames)


def wrapper_repr(w: Word) -> Word:
    """<classmethod(<function f at 0x...>)>."""
    inner = repr_of(cast(Ptr[ClassMethod], w).func)
    if not inner:
        return inner
    b = str_builder_new()
    if not b:
        return raise_memory_error()
    str_builder_add_cstr(b, "<")
    str_builder_add_cstr(b, as_object(w).type.name)
    str_builder_add_cstr(b, "(")
    str_builder_add_str(b, inner)
    str_builder_add_cstr(b, ")>")
    return str_builder_finish(b)


def wrapper_getattr(w: Word, name: Word) -> Word:
    if name_is(name, "__func__") or name_is(name, "__wrapped__"):
        return cast(Ptr[ClassMethod], w).func
    return cast(Word, 0)
