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
from pyvm.runtime.dictobj import dict_next, dict_key_at, dict_value_at
from pyvm.runtime.object import (Object, Type, BuiltinFunction, as_object, has_type, none_word, bool_word, small, is_small,
                                 add_method, NOT_IMPLEMENTED)
from pyvm.runtime.errors import (raise_text, raise_msg, raise_memory_error, decimal_text, pending, clear, TYPE_ERROR,
                                 VALUE_ERROR, OVERFLOW_ERROR, INDEX_ERROR, STOP_ITERATION, ATTRIBUTE_ERROR)
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.listobj import List, list_new, list_append, list_array
from pyvm.runtime.builtins import find_method, call_builtin
from pyvm.runtime.ops import (repr_of, truthy, getitem, identity_hash, is_str, index_value, is_subtype, int_is_negative,
                              hash_not_implemented, iterator_slots, type_of_value, type_name, num_kind, KIND_INT, CMP_EQ,
                              CMP_NE, FUNCTION_TYPE, BOOL_TYPE, UNARY_ABS)
from pyvm.runtime.intobj import int_to_i64, int_from_i64, int_hash
from pyvm.runtime.classobj import OBJECT_TYPE, type_lookup, bind, instance_repr, is_user_type, call_with_self, builtin_base
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
COUNT = 65

DUNDERS: Word = cast(Word, 0)         # a list of the names (a global Word: a root)


class SeqIter(Object, name="iterator"):
    seq: Word           # 0 once exhausted
    index: i64


OBJECT_INIT = static(BuiltinFunction, name="__init__", method=object_init)
OBJECT_REPR = static(BuiltinFunction, name="__repr__", method=object_repr_method)
OBJECT_STR = static(BuiltinFunction, name="__str__", method=object_str_method)
OBJECT_HASH = static(BuiltinFunction, name="__hash__", method=object_hash_method)
OBJECT_EQ = static(BuiltinFunction, name="__eq__", method=object_eq_method)
OBJECT_NE = static(BuiltinFunction, name="__ne__", method=object_ne_method)


def init() -> None:
    global DUNDERS
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
    iterator_slots(type_of(SeqIter), seq_iter_next)
    add_method(OBJECT_TYPE, OBJECT_INIT)
    add_method(OBJECT_TYPE, OBJECT_REPR)
    add_method(OBJECT_TYPE, OBJECT_STR)
    add_method(OBJECT_TYPE, OBJECT_HASH)
    add_method(OBJECT_TYPE, OBJECT_EQ)
    add_method(OBJECT_TYPE, OBJECT_NE)


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
    if f == cast(Word, find_method(OBJECT_TYPE, dunder(k))) or f == cast(Word, find_method(builtin_base(t), dunder(k))):
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
    for k in range(BINARY, COUNT):
        if defines(t, k):
            t.number = slot_number


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


def call_found(f: Word, obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f, found on obj's type, called as obj.f(*args): a function with obj first, anything else as the
    descriptor protocol binds it."""
    if has_type(f, FUNCTION_TYPE):
        return call_with_self(f, obj, args, n, kwnames)
    bound = bind(f, obj)
    if not bound:
        return bound
    return call_builtin(bound, args, n, kwnames)


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
    t = as_object(a).type
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
        return raise_text(TYPE_ERROR, "'", type_name(r), "' object cannot be interpreted as an integer", "", "")
    if status == 0 and num_kind(r) == KIND_INT and not int_is_negative(r):
        return raise_msg(OVERFLOW_ERROR, "cannot fit 'int' into an index-sized integer")
    if status == 0 or i < 0:
        return raise_msg(VALUE_ERROR, "__len__() should return >= 0")
    return small(i)


def call_number(obj: Word, k: i64, x: Word) -> Word:
    """obj.DUNDER(x), NotImplemented when obj's type has no dunder k (CPython's vectorcall_maybe)."""
    r = call_dunder(obj, k, x, cast(Word, 0), 1)
    if not r and not pending:
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
        return cast(Word, NOT_IMPLEMENTED)
    return r


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
    """__iter__, which must give an iterator."""
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
    if n > 0:
        return raise_msg(TYPE_ERROR, "object.__init__() takes exactly one argument (the instance to initialize)")
    return none_word()


def object_repr_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return instance_repr(obj)


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
