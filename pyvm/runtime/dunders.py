"""The slots of user classes (DESIGN.md 11): a class defining __repr__, __eq__, __len__, ... gets slot
functions that look the dunder up on the object's type (its MRO) and call it, as CPython's
slot_tp_repr and the rest. `update_slots` chooses them from what the MRO defines; it runs when the
class is made and again whenever a dunder is assigned to or deleted from it or a base
(classobj.bump_version), so the generic operations of ops.py dispatch through the slots alone and the
builtin types keep theirs untouched.

Also here: object's own methods (`object.__init__`, `__repr__`, ... reached through super() or the
class), and the iterator over a class with __getitem__ but no __iter__ (CPython's "iterator").
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.descrobj import Property, PROPERTY_TYPE, note_data_descriptor
from pyvm.runtime.dictobj import dict_next, dict_key_at, dict_value_at, DICT_TYPE
from pyvm.runtime.object import (Object, Type, BuiltinFunction, as_object, has_type, none_word, bool_word, small, is_small,
                                 add_method, NOT_IMPLEMENTED)
from pyvm.runtime.errors import (raise_text, raise_msg, raise_memory_error, decimal_text, pending, clear, TYPE_ERROR,
                                 VALUE_ERROR, OVERFLOW_ERROR, INDEX_ERROR, STOP_ITERATION, ATTRIBUTE_ERROR,
                                 ExceptionObject)
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.listobj import List, list_new, list_append, list_array
from pyvm.runtime.builtins import find_method, call_builtin, raise_not_integer, kw_count, type_invoke, name_is
from pyvm.runtime.ops import (repr_of, object_repr, truthy, getitem, identity_hash, is_str, index_value, is_subtype, int_is_negative,
                              hash_not_implemented, iterator_slots, type_of_value, type_name, num_kind, KIND_INT, CMP_EQ,
                              CMP_NE, FUNCTION_TYPE, BOOL_TYPE, UNARY_ABS, get_attr, object_setattr, raise_no_attribute,
                              KIND_FLOAT, is_type_object, TYPE_TYPE, TUPLE_TYPE)
from pyvm.runtime.intobj import int_to_i64, int_from_i64, int_hash, int_to_double
from pyvm.runtime.floatobj import float_new
from pyvm.runtime.classobj import (OBJECT_TYPE, type_lookup, class_own, bind, instance_repr, is_user_type, call_with_self, builtin_base, instance_getattr,
                                   instance_setattr, generic_getattr, getattr_fallback, instance_new, make_class, type_new)
from pyvm.runtime.function import call_object
from pyvm.runtime.errors import is_exception_type
from pyvm.runtime.exceptions import or_none
from pyvm.runtime.builtinsub import fill_slots, builtin_number, wrapped_unary
from pyvm.gc.roots import area_push, area_pop

# The dunders, indexed by these numbers in DUNDERS; the six comparisons in COMPARE_OPS order.
LT = 0                  # __lt__, __le__, __eq__, __ne__, __gt__, __ge__: LT + op
REPR = 6
STR = 7
HASH = 8
BOOL = 9
LEN = 10
GETITEM = 11
SETITEM = 12
DELITEM = 13
CONTAINS = 14
ITER = 15
NEXT = 16
CALL = 17
GET = 18
SET = 19
DELETE = 20
SET_NAME = 21
NEG = 22                # __neg__, __pos__, __invert__: NEG + the UNARY_OPS number
ABS = 25
BINARY = 26             # __add__ ...: BINARY + the BINARY_OPS number; RBINARY: __radd__ ...; IBINARY: __iadd__ ...
RBINARY = 39
IBINARY = 52
NUMBER_END = 65
GETATTRIBUTE = 65                   # then __setattr__, __delattr__ ... __init__ (not slots)
SETATTR = 66
DELATTR = 67
INDEX = 68
INT = 69
FLOAT = 70
ROUND = 71
REVERSED = 72
NEW = 73
INIT = 74
GETATTR = 75
COUNT = 76

DUNDERS: Word = cast(Word, 0)         # a list of the names (a global Word: a root)
ENTER_NAME: Word = cast(Word, 0)      # the context manager protocol's (no slots: only `with` asks)
EXIT_NAME: Word = cast(Word, 0)
AENTER_NAME: Word = cast(Word, 0)     # ... and the asynchronous one's (`async with`)
AEXIT_NAME: Word = cast(Word, 0)


class SeqIter(Object, name="iterator"):
    seq: Word           # 0 once exhausted
    index: i64


OBJECT_INIT = static(BuiltinFunction, name="__init__", method=object_init)
OBJECT_REPR = static(BuiltinFunction, name="__repr__", method=object_repr_method)
OBJECT_STR = static(BuiltinFunction, name="__str__", method=object_str_method)
OBJECT_HASH = static(BuiltinFunction, name="__hash__", method=object_hash_method)
OBJECT_EQ = static(BuiltinFunction, name="__eq__", method=object_eq_method)
OBJECT_NE = static(BuiltinFunction, name="__ne__", method=object_ne_method)
OBJECT_GETATTRIBUTE = static(BuiltinFunction, name="__getattribute__", method=object_getattribute_method)
OBJECT_SETATTR = static(BuiltinFunction, name="__setattr__", method=object_setattr_method)
OBJECT_DELATTR = static(BuiltinFunction, name="__delattr__", method=object_delattr_method)
OBJECT_NEW = static(BuiltinFunction, name="__new__", call=object_new)                 # a static method
OBJECT_INIT_SUBCLASS = static(BuiltinFunction, name="__init_subclass__", method=object_init_subclass)   # a class method
# type's own methods a metaclass reaches through its MRO (classobj.class_own): not in type's method
# table, where every class's attribute lookup would find them before its own.
TYPE_NEW = static(BuiltinFunction, name="__new__", call=type_new_method)             # a static method
TYPE_INIT = static(BuiltinFunction, name="__init__", method=type_init_method)
TYPE_CALL = static(BuiltinFunction, name="__call__", method=type_call_method)
TYPE_GETATTRIBUTE = static(BuiltinFunction, name="__getattribute__", method=type_getattribute_method)
TYPE_SETATTR = static(BuiltinFunction, name="__setattr__", method=type_setattr_method)
TYPE_DELATTR = static(BuiltinFunction, name="__delattr__", method=type_delattr_method)
TYPE_REPR = static(BuiltinFunction, name="__repr__", method=type_repr_method)


def init() -> None:
    global DUNDERS, ENTER_NAME, EXIT_NAME, AENTER_NAME, AEXIT_NAME
    ENTER_NAME = str_from_cstr("__enter__")
    EXIT_NAME = str_from_cstr("__exit__")
    AENTER_NAME = str_from_cstr("__aenter__")
    AEXIT_NAME = str_from_cstr("__aexit__")
    names = list_new(COUNT)
    if not names:
        return
    DUNDERS = names
    # In the order of the numbers above.
    add_name("__lt__"); add_name("__le__"); add_name("__eq__"); add_name("__ne__"); add_name("__gt__"); add_name("__ge__")
    add_name("__repr__"); add_name("__str__"); add_name("__hash__"); add_name("__bool__"); add_name("__len__"); add_name("__getitem__")
    add_name("__setitem__"); add_name("__delitem__"); add_name("__contains__"); add_name("__iter__"); add_name("__next__"); add_name("__call__")
    add_name("__get__"); add_name("__set__"); add_name("__delete__"); add_name("__set_name__")
    add_name("__neg__"); add_name("__pos__"); add_name("__invert__"); add_name("__abs__")
    add_name("__add__"); add_name("__sub__"); add_name("__mul__"); add_name("__truediv__"); add_name("__floordiv__")
    add_name("__mod__"); add_name("__pow__"); add_name("__lshift__"); add_name("__rshift__"); add_name("__and__")
    add_name("__or__"); add_name("__xor__"); add_name("__matmul__")
    add_name("__radd__"); add_name("__rsub__"); add_name("__rmul__"); add_name("__rtruediv__"); add_name("__rfloordiv__")
    add_name("__rmod__"); add_name("__rpow__"); add_name("__rlshift__"); add_name("__rrshift__"); add_name("__rand__")
    add_name("__ror__"); add_name("__rxor__"); add_name("__rmatmul__")
    add_name("__iadd__"); add_name("__isub__"); add_name("__imul__"); add_name("__itruediv__"); add_name("__ifloordiv__")
    add_name("__imod__"); add_name("__ipow__"); add_name("__ilshift__"); add_name("__irshift__"); add_name("__iand__")
    add_name("__ior__"); add_name("__ixor__"); add_name("__imatmul__")
    add_name("__getattribute__"); add_name("__setattr__"); add_name("__delattr__")
    add_name("__index__"); add_name("__int__"); add_name("__float__"); add_name("__round__"); add_name("__reversed__")
    add_name("__new__"); add_name("__init__"); add_name("__getattr__")
    iterator_slots(type_of(SeqIter), seq_iter_next)
    add_method(OBJECT_TYPE, OBJECT_INIT)
    add_method(OBJECT_TYPE, OBJECT_REPR)
    add_method(OBJECT_TYPE, OBJECT_STR)
    add_method(OBJECT_TYPE, OBJECT_HASH)
    add_method(OBJECT_TYPE, OBJECT_EQ)
    add_method(OBJECT_TYPE, OBJECT_NE)
    add_method(OBJECT_TYPE, OBJECT_GETATTRIBUTE)
    add_method(OBJECT_TYPE, OBJECT_SETATTR)
    add_method(OBJECT_TYPE, OBJECT_DELATTR)
    add_method(OBJECT_TYPE, OBJECT_NEW)
    add_method(OBJECT_TYPE, OBJECT_INIT_SUBCLASS)
    # type's own methods, in a chain of their own from TYPE_NEW (type_own)
    TYPE_NEW.next_method = TYPE_INIT
    TYPE_INIT.next_method = TYPE_CALL
    TYPE_CALL.next_method = TYPE_GETATTRIBUTE
    TYPE_GETATTRIBUTE.next_method = TYPE_SETATTR
    TYPE_SETATTR.next_method = TYPE_DELATTR
    TYPE_DELATTR.next_method = TYPE_REPR


def add_name(text: Ptr[u8]) -> None:
    name = str_from_cstr(text)
    if name:
        list_append(DUNDERS, name)


@inline
def dunder(k: i64) -> Word:
    return list_array(cast(Ptr[List], DUNDERS)).items[k]


def defines(t: Ptr[Type], k: i64) -> Word:
    """The dunder k as t's MRO defines it, or the null Word where only object's or the builtin base's
    (BaseException.__str__: the slot's default) has it, or nothing."""
    f = type_lookup(t, dunder(k))
    if (f == cast(Word, find_method(OBJECT_TYPE, dunder(k))) or f == type_own(dunder(k))
            or f == cast(Word, find_method(builtin_base(t), dunder(k)))):
        return cast(Word, 0)
    return f


def update_slots(t: Ptr[Type]) -> None:
    """Point t's slots at the wrappers of the dunders its MRO defines, and back at the defaults of
    user classes (those of their builtin base: object or an exception type) for the rest."""
    b = builtin_base(t)
    t.repr = instance_repr
    t.str = cast(Fn[[Word], Word], 0)
    if b != OBJECT_TYPE:
        t.repr = b.repr
        t.str = b.str
    if defines(t, REPR):
        t.repr = slot_repr
    if defines(t, STR):
        t.str = slot_str
    elif defines(t, REPR) and not t.str:
        t.str = repr_as_str
    t.hash = cast(Fn[[Word, Ptr[i64]], bool], 0)
    h = defines(t, HASH)
    if h == none_word():
        t.hash = hash_not_implemented
    elif h:
        t.hash = slot_hash
    t.richcompare = cast(Fn[[Word, Word, i64], Word], 0)
    for op in range(6):
        if defines(t, LT + op):
            t.richcompare = slot_richcompare
    t.truth = cast(Fn[[Word], i64], 0)
    if defines(t, BOOL) or defines(t, LEN):
        t.truth = slot_truth
    t.length = cast(Fn[[Word], Word], 0)
    if defines(t, LEN):
        t.length = slot_length
    t.getitem = cast(Fn[[Word, Word], Word], 0)
    if defines(t, GETITEM):
        t.getitem = slot_getitem
    t.setitem = cast(Fn[[Word, Word, Word], bool], 0)
    if defines(t, SETITEM):
        t.setitem = slot_setitem
    t.delitem = cast(Fn[[Word, Word], bool], 0)
    if defines(t, DELITEM):
        t.delitem = slot_delitem
    t.contains = cast(Fn[[Word, Word], i64], 0)
    if defines(t, CONTAINS):
        t.contains = slot_contains
    t.iter = cast(Fn[[Word], Word], 0)
    if defines(t, ITER):
        t.iter = slot_iter
    elif defines(t, GETITEM):
        t.iter = seq_iter_new
    t.next = cast(Fn[[Word], Word], 0)
    if defines(t, NEXT):
        t.next = slot_next
    t.invoke = cast(Fn[[Word, Ptr[Word], i64, Word], Word], 0)
    if defines(t, CALL):
        t.invoke = slot_invoke
    t.descr_get = cast(Fn[[Word, Word, Word], Word], 0)
    if defines(t, GET):
        t.descr_get = slot_descr_get
    t.descr_set = cast(Fn[[Word, Word, Word], bool], 0)
    if defines(t, SET) or defines(t, DELETE):
        t.descr_set = slot_descr_set
        note_data_descriptor()
    t.unary = cast(Fn[[i64, Word], Word], 0)
    for k in range(NEG, ABS + 1):
        if defines(t, k):
            t.unary = slot_unary
    t.number = cast(Fn[[i64, Word, Word, bool], Word], 0)
    for k in range(BINARY, NUMBER_END):
        if defines(t, k):
            t.number = slot_number
    t.getattr = instance_getattr
    t.setattr = instance_setattr
    if is_exception_type(b):             # an exception class: BaseException's (its fields first)
        t.getattr = b.getattr
        t.setattr = b.setattr
    if defines(t, GETATTRIBUTE):
        t.getattr = slot_getattribute
    if defines(t, SETATTR) or defines(t, DELATTR):
        t.setattr = slot_setattr
    t.index = cast(Fn[[Word], Word], 0)
    if defines(t, INDEX):
        t.index = slot_index
    if is_subtype(t, TYPE_TYPE):
        # A metaclass: its instances are classes, which keep type's slots where it defines no dunder.
        if t.repr == instance_repr:
            t.repr = TYPE_TYPE.repr
        if t.getattr == instance_getattr:
            t.getattr = TYPE_TYPE.getattr
            if type_lookup(t, dunder(GETATTR)):
                t.getattr = type_getattr_hook
        if t.setattr == instance_setattr:
            t.setattr = TYPE_TYPE.setattr
        if not t.invoke:
            t.invoke = TYPE_TYPE.invoke
        if not t.getitem:
            t.getitem = TYPE_TYPE.getitem
    if t.wrapped:
        fill_slots(t)                    # a subclass of list, int, ...: the builtin's slots on the value
    if type_lookup(t, dunder(NEW)) != cast(Word, OBJECT_NEW) or (is_user_type(t.base) and t.base.new_overridden):
        t.new_overridden = True          # CPython's tp_new: inherited, and kept by a del of __new__


# -- calling a dunder ----------------------------------------------------------------------------

def call_dunder(obj: Word, k: i64, a: Word, b: Word, n: i64) -> Word:
    """obj.DUNDER(a, b) with the first n (0 to 2) of a and b, the dunder k looked up on obj's type;
    the null Word with nothing pending when the type has none."""
    f = type_lookup(as_object(obj).type, dunder(k))
    if not f:
        return f
    area = area_push(2)
    if not area:
        return raise_memory_error()
    area[0] = a
    area[1] = b
    r = call_found(f, obj, area, n, cast(Word, 0))
    area_pop(area)
    return r


def call_found_with(f: Word, obj: Word, arg: Word) -> Word:
    """call_found with the one argument arg."""
    area = area_push(1)
    if not area:
        return raise_memory_error()
    area[0] = arg
    r = call_found(f, obj, area, 1, cast(Word, 0))
    area_pop(area)
    return r


def call_found(f: Word, obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f, found on obj's type, called as obj.f(*args): a function with obj first, anything else as the
    descriptor protocol binds it."""
    if has_type(f, FUNCTION_TYPE):
        return call_with_self(f, obj, args, n, kwnames)
    bound = bind(f, obj)
    if not bound:
        return bound
    return call_builtin(bound, args, n, kwnames)


# -- the with statement ----------------------------------------------------------------------------

def with_enter(mgr: Word, out: Ptr[Word]) -> bool:
    """BEFORE_WITH, as CPython's: out[0] = mgr.__exit__ and out[1] = mgr.__enter__(), both looked up on
    mgr's type (__enter__ first) and bound before __enter__ runs."""
    return context_enter(mgr, out, False)


def context_enter(mgr: Word, out: Ptr[Word], is_async: bool) -> bool:
    """with_enter, or (is_async) BEFORE_ASYNC_WITH's __aexit__ and __aenter__() (awaited after)."""
    t = type_of_value(mgr)
    enter = type_lookup(t, AENTER_NAME if is_async else ENTER_NAME)
    if not enter:
        raise_text(TYPE_ERROR, "'", t.name, "' object does not support the asynchronous context manager protocol"
                   if is_async else "' object does not support the context manager protocol", "", "")
        return False
    method = has_type(enter, FUNCTION_TYPE)
    if not method:                  # a descriptor's __get__ runs now (binding a function has no effect)
        enter = bind(enter, mgr)
        if not enter:
            return False
    exit = bind(type_lookup(t, AEXIT_NAME if is_async else EXIT_NAME), mgr)
    if not exit:
        if not pending:
            raise_text(TYPE_ERROR, "'", t.name, "' object does not support the asynchronous context manager protocol "
                       "(missed __aexit__ method)" if is_async else
                       "' object does not support the context manager protocol (missed __exit__ method)", "", "")
        return False
    out[0] = exit
    if method:
        r = call_with_self(enter, mgr, addr(mgr), 0, cast(Word, 0))       # (no arguments)
    else:
        r = call_builtin(enter, addr(mgr), 0, cast(Word, 0))
    out[1] = r
    return r != cast(Word, 0)


def with_exit_exception(exit: Word, exc: Word) -> Word:
    """WITH_EXCEPT_START: exit(type(exc), exc, exc.__traceback__) for an exception leaving a with body."""
    area = area_push(3)
    if not area:
        return raise_memory_error()
    area[0] = cast(Word, type_of_value(exc))
    area[1] = exc
    area[2] = or_none(cast(Ptr[ExceptionObject], exc).traceback)
    r = call_object(exit, area, 3, cast(Word, 0))
    area_pop(area)
    return r


def slot_repr(obj: Word) -> Word:
    r = call_dunder(obj, REPR, cast(Word, 0), cast(Word, 0), 0)
    if r and not is_str(r):
        return raise_text(TYPE_ERROR, "__repr__ returned non-string (type ", type_name(r), ")", "", "")
    return r


def slot_str(obj: Word) -> Word:
    r = call_dunder(obj, STR, cast(Word, 0), cast(Word, 0), 0)
    if r and not is_str(r):
        return raise_text(TYPE_ERROR, "__str__ returned non-string (type ", type_name(r), ")", "", "")
    return r


def repr_as_str(obj: Word) -> Word:
    """str() of an object whose class defines __repr__ but not __str__ (object.__str__ calls the repr
    slot, and str() checks what it gives)."""
    r = call_dunder(obj, REPR, cast(Word, 0), cast(Word, 0), 0)
    if r and not is_str(r):
        return raise_text(TYPE_ERROR, "__str__ returned non-string (type ", type_name(r), ")", "", "")
    return r


def slot_hash(obj: Word, out: Ptr[i64]) -> bool:
    """__hash__'s int as it is when it fits 64 bits (-1 made -2), else the int's hash (CPython)."""
    r = call_dunder(obj, HASH, cast(Word, 0), cast(Word, 0), 0)
    if not r:
        return False
    if num_kind(r) != KIND_INT:
        raise_msg(TYPE_ERROR, "__hash__ method should return an integer")
        return False
    if not int_to_i64(r, out):
        out[0] = int_hash(r)
    if out[0] == -1:
        out[0] = -2
    return True


def slot_richcompare(a: Word, b: Word, op: i64) -> Word:
    """a.__OP__(b); NotImplemented without one, but != inverts __eq__ (object.__ne__)."""
    r = call_dunder(a, LT + op, b, cast(Word, 0), 1)
    if r or pending:
        return r
    if op == CMP_NE:
        return object_ne(a, b)
    return cast(Word, NOT_IMPLEMENTED)


def object_ne(a: Word, b: Word) -> Word:
    """object.__ne__: the inverse of type(a)'s ==, unless that is NotImplemented."""
    r = cast(Word, NOT_IMPLEMENTED)
    t = type_of_value(a)                 # a may be a small int: object.__ne__(1, 2)
    if t.richcompare:
        r = t.richcompare(a, b, CMP_EQ)
    elif a == b:
        r = bool_word(True)
    if not r or r == cast(Word, NOT_IMPLEMENTED):
        return r
    truth = truthy(r)
    if truth < 0:
        return cast(Word, 0)
    return bool_word(truth == 0)


def slot_truth(obj: Word) -> i64:
    """__bool__, which must give a bool; else __len__ != 0."""
    r = call_dunder(obj, BOOL, cast(Word, 0), cast(Word, 0), 0)
    if r:
        if not has_type(r, BOOL_TYPE):
            raise_text(TYPE_ERROR, "__bool__ should return bool, returned ", type_name(r), "", "", "")
            return -1
        return truthy(r)
    if pending:
        return -1
    n = slot_length(obj)
    if not n:
        return -1
    return 0 if n == small(0) else 1


def slot_length(obj: Word) -> Word:
    """__len__, which must give an int that is >= 0 and fits an index."""
    r = call_dunder(obj, LEN, cast(Word, 0), cast(Word, 0), 0)
    if not r:
        return r
    i: i64 = 0
    status = index_value(r, addr(i))
    if status < 0:
        if status == -1:
            raise_not_integer(r)
        return cast(Word, 0)
    if status == 0 and num_kind(r) == KIND_INT and not int_is_negative(r):
        return raise_msg(OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")
    if status == 0 or i < 0:
        return raise_msg(VALUE_ERROR, "__len__() should return >= 0")
    return small(i)


def call_number(obj: Word, k: i64, x: Word) -> Word:
    """obj.DUNDER(x), NotImplemented when obj's type has no dunder k (CPython's vectorcall_maybe)."""
    r = call_dunder(obj, k, x, cast(Word, 0), 1)
    if not r and not pending:
        if as_object(obj).type.wrapped and k < IBINARY:
            return builtin_number(obj, k - BINARY if k < RBINARY else k - RBINARY, k >= RBINARY, x)
        return cast(Word, NOT_IMPLEMENTED)
    return r


def overrides(sub: Ptr[Type], t: Ptr[Type], k: i64) -> bool:
    """sub has the dunder k and not as t has it (CPython's method_is_overloaded)."""
    f = type_lookup(sub, dunder(k))
    return f and f != type_lookup(t, dunder(k))


def slot_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """a OP b (a OP= b) for a or b an instance of a class with number dunders, as CPython's
    SLOT1BINFULL: a.__op__(b), then b.__rop__(a) when b's type differs and has this slot; but first
    b.__rop__(a) when b's type derives from a's and overrides __rop__. In place: a.__iop__(b) alone
    (ops.number_slots falls back to the binary form)."""
    if inplace:
        return call_number(a, IBINARY + op, b)
    ta = type_of_value(a)
    tb = type_of_value(b)
    reflected = ta != tb and tb.number == slot_number
    if ta.number == slot_number:
        if reflected and is_subtype(tb, ta) and overrides(tb, ta, RBINARY + op):
            r = call_number(b, RBINARY + op, a)
            if r != cast(Word, NOT_IMPLEMENTED):
                return r
            reflected = False
        r = call_number(a, BINARY + op, b)
        if r != cast(Word, NOT_IMPLEMENTED) or ta == tb:
            return r
    if reflected:
        return call_number(b, RBINARY + op, a)
    return cast(Word, NOT_IMPLEMENTED)


def slot_unary(op: i64, a: Word) -> Word:
    """-a, +a, ~a, abs(a) (UNARY_ABS): the dunder; NotImplemented when the class has none."""
    k = NEG + op
    if op == UNARY_ABS:
        k = ABS
    r = call_dunder(a, k, cast(Word, 0), cast(Word, 0), 0)
    if not r and not pending:
        if as_object(a).type.wrapped:
            return wrapped_unary(op, a)      # the builtin's (-, abs of an int subclass's value)
        return cast(Word, NOT_IMPLEMENTED)
    return r


def slot_getattribute(obj: Word, name: Word) -> Word:
    """obj.__getattribute__(name), then obj.__getattr__(name) on AttributeError (CPython's
    slot_tp_getattr_hook)."""
    r = call_dunder(obj, GETATTRIBUTE, name, cast(Word, 0), 1)
    if r:
        return r
    return getattr_fallback(obj, name)


def slot_setattr(obj: Word, name: Word, value: Word) -> bool:
    """obj.__setattr__(name, value), or obj.__delattr__(name) for no value (object's where the class
    defines only the other)."""
    if value:
        return call_dunder(obj, SETATTR, name, value, 2) != cast(Word, 0)
    return call_dunder(obj, DELATTR, name, cast(Word, 0), 1) != cast(Word, 0)


def slot_index(obj: Word) -> Word:
    """__index__, which must give an int."""
    return int_result(obj, INDEX, "__index__")


def int_result(obj: Word, k: i64, name: Ptr[u8]) -> Word:
    """obj.__index__() or obj.__int__() (the dunder k, called name), checked as CPython checks it: an int."""
    r = call_dunder(obj, k, cast(Word, 0), cast(Word, 0), 0)
    if r and num_kind(r) != KIND_INT:
        return raise_text(TYPE_ERROR, name, " returned non-int (type ", type_name(r), ")", "")
    return r


def user_int(x: Word) -> Word:
    """int(x) for an instance of a user class: __int__, else __index__; null with nothing pending
    when its class has neither."""
    if defines(as_object(x).type, INT):
        return int_result(x, INT, "__int__")
    if defines(as_object(x).type, INDEX):
        return slot_index(x)
    return cast(Word, 0)


def user_float(x: Word) -> Word:
    """float(x) for an instance of a user class: __float__, which must give a float, else __index__
    as a float; null with nothing pending when its class has neither."""
    t = as_object(x).type
    if defines(t, FLOAT):
        r = call_dunder(x, FLOAT, cast(Word, 0), cast(Word, 0), 0)
        if r and num_kind(r) != KIND_FLOAT:
            return raise_text(TYPE_ERROR, t.name, ".__float__ returned non-float (type ", type_name(r), ")", "")
        return r
    if defines(t, INDEX):
        i = slot_index(x)
        if not i:
            return i
        v: f64 = 0.0
        if not int_to_double(i, addr(v)):
            return cast(Word, 0)
        return float_new(v)
    return cast(Word, 0)


def user_round(x: Word, ndigits: Word) -> Word:
    """round(x[, ndigits]) for an instance of a user class: __round__; null with nothing pending when
    its class has none."""
    if not defines(as_object(x).type, ROUND):
        return cast(Word, 0)
    return call_dunder(x, ROUND, ndigits, cast(Word, 0), 1 if ndigits else 0)


def user_reversed(seq: Word) -> Word:
    """reversed(seq) for an instance of a user class with __reversed__: what it gives; null with
    nothing pending when its class has none."""
    f = defines(as_object(seq).type, REVERSED)
    if f == none_word():
        return raise_text(TYPE_ERROR, "'", type_name(seq), "' object is not reversible", "", "")
    if not f:
        return f
    return call_dunder(seq, REVERSED, cast(Word, 0), cast(Word, 0), 0)


def slot_getitem(obj: Word, index: Word) -> Word:
    return call_dunder(obj, GETITEM, index, cast(Word, 0), 1)


def slot_setitem(obj: Word, index: Word, value: Word) -> bool:
    return call_dunder(obj, SETITEM, index, value, 2) != cast(Word, 0)


def slot_delitem(obj: Word, index: Word) -> bool:
    return call_dunder(obj, DELITEM, index, cast(Word, 0), 1) != cast(Word, 0)


def slot_contains(obj: Word, x: Word) -> i64:
    r = call_dunder(obj, CONTAINS, x, cast(Word, 0), 1)
    if not r:
        return -1
    return truthy(r)


def slot_iter(obj: Word) -> Word:
    """__iter__, which must give an iterator; __iter__ = None: not iterable."""
    if type_lookup(as_object(obj).type, dunder(ITER)) == none_word():
        return raise_text(TYPE_ERROR, "'", type_name(obj), "' object is not iterable", "", "")
    r = call_dunder(obj, ITER, cast(Word, 0), cast(Word, 0), 0)
    if r and not type_of_value(r).next:
        return raise_text(TYPE_ERROR, "iter() returned non-iterator of type '", type_name(r), "'", "", "")
    return r


def slot_next(obj: Word) -> Word:
    """__next__; StopIteration ends the iteration (the null Word with nothing pending)."""
    r = call_next(obj)
    if not r and pending and is_subtype(as_object(pending).type, STOP_ITERATION):
        clear()
    return r


def call_next(obj: Word) -> Word:
    """obj.__next__(), its StopIteration left pending (the builtin next() raises it as it is)."""
    return call_dunder(obj, NEXT, cast(Word, 0), cast(Word, 0), 0)


def slot_invoke(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f(*args) for an instance f: its class's __call__ with f first."""
    call = type_lookup(as_object(f).type, dunder(CALL))
    if not call:
        return raise_text(TYPE_ERROR, "'", type_name(f), "' object is not callable", "", "")
    return call_found(call, f, args, n, kwnames)


def slot_descr_get(d: Word, obj: Word, owner: Word) -> Word:
    """d.__get__(obj, owner), obj None when read from the class."""
    if not obj:
        obj = none_word()
    return call_dunder(d, GET, obj, owner, 2)


def slot_descr_set(d: Word, obj: Word, value: Word) -> bool:
    """d.__set__(obj, value), or d.__delete__(obj) for no value."""
    r = cast(Word, 0)
    if value:
        r = call_dunder(d, SET, obj, value, 2)
        if not r and not pending:
            raise_text(ATTRIBUTE_ERROR, "__set__", "", "", "", "")
    else:
        r = call_dunder(d, DELETE, obj, cast(Word, 0), 1)
        if not r and not pending:
            raise_text(ATTRIBUTE_ERROR, "__delete__", "", "", "", "")
    return r != cast(Word, 0)


def set_names(t: Ptr[Type]) -> bool:
    """The class statement's last step (CPython's type_new_set_names): value.__set_name__(t, name) for
    each value of the class's dict whose class defines it; a property learns its name."""
    d = t.dict
    i = dict_next(d, 0)
    while i >= 0:
        value = dict_value_at(d, i)
        if has_type(value, PROPERTY_TYPE):
            if not cast(Ptr[Property], value).name:
                cast(Ptr[Property], value).name = dict_key_at(d, i)
        elif not is_small(value) and is_user_type(as_object(value).type):
            if defines(as_object(value).type, SET_NAME):
                if not call_dunder(value, SET_NAME, cast(Word, t), dict_key_at(d, i), 2):
                    return False
        i = dict_next(t.dict, i + 1)
    return True


# -- the iterator of a class with __getitem__ only --------------------------------------------------

def seq_iter_new(seq: Word) -> Word:
    it = new(SeqIter)
    if not it:
        return cast(Word, 0)
    it.seq = seq
    return cast(Word, it)


def seq_iter_next(w: Word) -> Word:
    """seq[0], seq[1], ... until IndexError or StopIteration."""
    it = cast(Ptr[SeqIter], w)
    if not it.seq:
        return cast(Word, 0)
    r = getitem(it.seq, small(it.index))
    if r:
        cast(Ptr[SeqIter], w).index += 1
        return r
    if is_subtype(as_object(pending).type, INDEX_ERROR) or is_subtype(as_object(pending).type, STOP_ITERATION):
        clear()
        cast(Ptr[SeqIter], w).seq = cast(Word, 0)
    return r


# -- object's methods ----------------------------------------------------------------------------------

def object_init(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object.__init__(obj, *args): arguments are an error only where CPython's object_init says so:
    obj's class has an __init__ of its own, or keeps object's __new__ too."""
    if n > 0:
        t = type_of_value(obj)
        if type_lookup(t, dunder(INIT)) != cast(Word, OBJECT_INIT):
            return raise_msg(TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)")
        if t == OBJECT_TYPE or (is_user_type(t) and not t.new_overridden):
            return raise_text(TYPE_ERROR, t.name, ".__init__() takes exactly one argument (the instance to initialize)",
                              "", "", "")
    return none_word()


def object_repr_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if is_user_type(type_of_value(obj)):
        return instance_repr(obj)
    return object_repr(obj)                  # object.__repr__(None): a builtin type has no __module__


def object_str_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return repr_of(obj)


def object_hash_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    h: i64 = 0
    if not identity_hash(obj, addr(h)):
        return cast(Word, 0)
    return int_from_i64(h)


def one_argument(n: i64) -> bool:
    if n != 1:
        raise_text(TYPE_ERROR, "expected 1 argument, got ", decimal_text(0, n), "", "", "")
        return False
    return True


def object_eq_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(n):
        return cast(Word, 0)
    if args[0] == obj:
        return bool_word(True)
    return cast(Word, NOT_IMPLEMENTED)


def object_ne_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(n):
        return cast(Word, 0)
    return object_ne(obj, args[0])


def attribute_name(args: Ptr[Word], n: i64, want: i64) -> bool:
    """object.__getattribute__, __setattr__, __delattr__: the count, and a str name first."""
    if want == 1 and not one_argument(n):
        return False
    if want == 2 and n != 2:       # CPython's PyArg_UnpackTuple with an empty function name
        raise_text(TYPE_ERROR, " expected 2 arguments, got ", decimal_text(0, n), "", "", "")
        return False
    if not is_str(args[0]):
        raise_text(TYPE_ERROR, "attribute name must be string, not '", type_name(args[0]), "'", "", "")
        return False
    return True


def object_getattribute_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object.__getattribute__(obj, name): the lookup without the class's __getattribute__ or
    __getattr__ (CPython's PyObject_GenericGetAttr)."""
    if not attribute_name(args, n, 1):
        return cast(Word, 0)
    if not is_instance(obj):
        return get_attr(obj, args[0])
    r = generic_getattr(obj, args[0])
    if r or pending:
        return r
    return raise_no_attribute(obj, args[0])


def object_setattr_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object.__setattr__(obj, name, value): the store without the class's __setattr__."""
    if not attribute_name(args, n, 2) or not generic_setattr(obj, args[0], args[1]):
        return cast(Word, 0)
    return none_word()


def object_delattr_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object.__delattr__(obj, name)."""
    if not attribute_name(args, n, 1) or not generic_setattr(obj, args[0], cast(Word, 0)):
        return cast(Word, 0)
    return none_word()


def generic_setattr(obj: Word, name: Word, value: Word) -> bool:
    if is_instance(obj):
        return instance_setattr(obj, name, value)
    if is_type_object(obj):
        raise_text(TYPE_ERROR, "can't apply this __setattr__ to ", type_name(obj), " object", "", "")
        return False
    return object_setattr(obj, name, value)


def is_instance(obj: Word) -> bool:
    """obj is an instance of a user class (an Instance: not a class made by a metaclass)."""
    t = type_of_value(obj)
    return is_user_type(t) and not is_subtype(t, TYPE_TYPE)


def object_new(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object.__new__(cls): a new instance of the class cls, with CPython's checks of the arguments."""
    if n == 0:
        return raise_msg(TYPE_ERROR, "object.__new__(): not enough arguments")
    if not is_type_object(args[0]):
        return raise_text(TYPE_ERROR, "object.__new__(X): X is not a type object (", type_name(args[0]), ")", "", "")
    t = cast(Ptr[Type], args[0])
    if is_subtype(t, TYPE_TYPE):
        return raise_text(TYPE_ERROR, "object.__new__(", t.name, ") is not safe, use type.__new__()", "", "")
    if t != OBJECT_TYPE and not is_user_type(t):
        return raise_text(TYPE_ERROR, "object.__new__(", t.name, ") is not safe, use ", t.name, ".__new__()")
    if t.wrapped:
        # CPython names the nearest class whose __new__ is not written in Python: the builtin's.
        s = t
        while is_user_type(s) and class_own(s, dunder(NEW)):
            s = s.base
        return raise_text(TYPE_ERROR, "object.__new__(", t.name, ") is not safe, use ", s.name, ".__new__()")
    if n > 1:
        if t.new_overridden:
            return raise_msg(TYPE_ERROR, "object.__new__() takes exactly one argument (the type to instantiate)")
        if type_lookup(t, dunder(INIT)) == cast(Word, OBJECT_INIT):
            return raise_text(TYPE_ERROR, t.name, "() takes no arguments", "", "", "")
    return instance_new(t)


def object_init_subclass(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object.__init_subclass__(), bound to the class: takes nothing."""
    if kw_count(kwnames) > 0:
        return raise_text(TYPE_ERROR, cast(Ptr[Type], cls).name, ".__init_subclass__() takes no keyword arguments", "", "", "")
    if n > 0:
        return raise_text(TYPE_ERROR, "object.__init_subclass__() takes no arguments (", decimal_text(0, n), " given)", "", "")
    return none_word()


def type_own(name: Word) -> Word:
    """type's method called name (the chain from TYPE_NEW), for classobj.class_own; else the null Word."""
    m = TYPE_NEW
    while m:
        if name_is(name, m.name):
            return cast(Word, m)
        m = m.next_method
    return cast(Word, 0)


def type_getattr_hook(cls: Word, name: Word) -> Word:
    """The getattr slot of a metaclass with __getattr__: type's lookup, then cls.__getattr__(name)."""
    r = TYPE_TYPE.getattr(cls, name)
    if r:
        return r
    return getattr_fallback(cls, name)


def type_repr_method(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__repr__(cls): <class '...'> (object's would show an instance)."""
    if n > 0:
        return raise_text(TYPE_ERROR, "expected 0 arguments, got ", decimal_text(0, n), "", "", "")
    return TYPE_TYPE.repr(cls)


def type_getattribute_method(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__getattribute__(cls, name), reached by a metaclass's super()."""
    if not attribute_name(args, n, 1):
        return cast(Word, 0)
    r = TYPE_TYPE.getattr(cls, args[0])
    if r or pending:
        return r
    return raise_no_attribute(cls, args[0])


def type_setattr_method(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__setattr__(cls, name, value)."""
    if not attribute_name(args, n, 2) or not TYPE_TYPE.setattr(cls, args[0], args[1]):
        return cast(Word, 0)
    return none_word()


def type_delattr_method(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__delattr__(cls, name)."""
    if not attribute_name(args, n, 1) or not TYPE_TYPE.setattr(cls, args[0], cast(Word, 0)):
        return cast(Word, 0)
    return none_word()


def type_new_method(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__new__(meta, name, bases, ns, **kw): a class whose type is the metaclass meta."""
    nkw = kw_count(kwnames)
    if n - nkw != 4:
        return raise_msg(TYPE_ERROR, "type.__new__() takes exactly 3 arguments")
    if not is_type_object(args[0]):
        return raise_text(TYPE_ERROR, "type.__new__(X): X is not a type object (", type_name(args[0]), ")", "", "")
    meta = cast(Ptr[Type], args[0])
    if not is_subtype(meta, TYPE_TYPE):
        return raise_text(TYPE_ERROR, "type.__new__(", meta.name, "): ", meta.name, " is not a subtype of type")
    if not is_str(args[1]) or not has_type(args[2], TUPLE_TYPE) or not has_type(args[3], DICT_TYPE):
        return type_new(args[1], args[2], args[3])          # its TypeErrors
    return make_class(meta, args[1], args[2], args[3], args + 4, nkw, kwnames)


def type_init_method(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__init__(cls, name, bases, ns, **kw): nothing to do (type.__new__ did it)."""
    npos = n - kw_count(kwnames)
    if npos != 1 and npos != 3:
        return raise_msg(TYPE_ERROR, "type.__init__() takes 1 or 3 arguments")
    return none_word()


def type_call_method(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type.__call__(cls, *args): make an instance of cls (its __new__, then its __init__)."""
    return type_invoke(cls, args, n, kwnames)
