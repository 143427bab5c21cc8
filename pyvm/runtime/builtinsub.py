"""Subclasses of builtin types (class Stack(list), class Color(int), class Name(str); issue 19).

An instance of such a class is an `Instance` as any other (map, attributes, slots) whose `value` holds
a value of the builtin type, of exactly that type: `Type.wrapped` names the builtin. So the runtime's
code for list, int, str, ... never meets an object of another type where it expects its own struct,
and every test of an exact type (`has_type(w, LIST_TYPE)`, the JIT's inline list indexing) stays
right, and as fast, without a check for subclasses. What CPython's subclass inherits from the builtin
goes through the value:

- the slots (`fill_slots`, called by dunders.update_slots): each slot the class's MRO has no dunder
  for delegates to the builtin's slot on the value (`wrapped_repr`, `wrapped_getitem`, ...);
  the number slot runs the whole binary operation on the values (`ops.binary_try`), so
  `[1] + Stack()`, `Color(1) + 2` and `"a" * Color(2)` are the builtin's. A dict subclass's
  `d[k]` calls `__missing__`.
- the builtin's methods: found in its method table by the class's MRO (classobj.class_own); bound
  to an instance, or called with one first (`list.append(s, 1)`), they get the value
  (builtins.self_value); the method caches hold them as they hold functions (`value_method`).
  Builtins that take a str or a number where CPython accepts a subclass call `unwrap`. Each of these
  builtins also has
  the dunders a subclass reaches through super() or the type (`super().__setitem__(k, v)`,
  `list.__init__(self, items)`, `int.__new__(cls, 5)`): `add_dunders`.
- construction as CPython's: `__new__` of the builtin (`new_instance`) makes the instance and its
  value, from the arguments for the immutable types (tuple, int, float, str, frozenset, bytes), empty
  for list, dict and set, which `__init__` fills.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Type, BuiltinFunction, as_object, has_type, is_small, none_word, bool_word, NOT_IMPLEMENTED
from pyvm.runtime.errors import pending, raise_text, raise_message, raise_memory_error, decimal_text, TYPE_ERROR
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.listobj import list_clear
from pyvm.runtime.dictobj import DICT_FROMKEYS, DICT_TYPE, fromkeys_into, dict_index, dict_value_at, raise_key_error, dict_update_args
from pyvm.runtime.setobj import SET_TYPE, FROZENSET_TYPE, set_clear, set_update, constructor_arguments, set_repr_named
from pyvm.runtime.bytesobj import BYTES_TYPE
from pyvm.runtime.bytesmethods import INT_FROM_BYTES, BYTES_FROMHEX
from pyvm.runtime.intobj import int_from_i64
from pyvm.runtime.builtins import no_keywords, raise_arg_count, kw_count, builtin_abs, positional_count, call_builtin
from pyvm.runtime.ops import (INT_TYPE, FLOAT_TYPE, STR_TYPE, TUPLE_TYPE, LIST_TYPE, BOOL_TYPE, RANGE_TYPE, NONE_TYPE,
                              FUNCTION_TYPE, BUILTIN_TYPE, type_of_value, is_type_object, is_subtype, repr_of, str_of,
                              hash_of, length, get_iter, iter_next, getitem, setitem, delitem, contains, truthy, binary_try,
                              list_extend, immutable_setitem, immutable_delitem, hash_not_implemented, OP_ADD, OP_MUL, UNARY_ABS,
                              CMP_LT, CMP_LE, CMP_EQ, CMP_NE, CMP_GT, CMP_GE)
from pyvm.runtime.classobj import Instance, instance_new, type_lookup, is_user_type, METHOD_TYPE
from pyvm.runtime.dunders import (call_found_with, defines, REPR, STR, HASH, BOOL, LEN, GETITEM, SETITEM, DELITEM, CONTAINS,
                                  ITER, INDEX)
from pyvm.gc.roots import area_push, area_pop

MISSING_NAME: Word = cast(Word, 0)


@extern
def calloc(n: i64, size: i64) -> Ptr[u8]: ...


def init() -> None:
    global MISSING_NAME
    MISSING_NAME = str_from_cstr("__missing__")
    add_dunders(LIST_TYPE)
    add_dunders(DICT_TYPE)
    add_dunders(TUPLE_TYPE)
    add_dunders(INT_TYPE)
    add_dunders(FLOAT_TYPE)
    add_dunders(STR_TYPE)
    add_dunders(SET_TYPE)
    add_dunders(FROZENSET_TYPE)
    add_dunders(BYTES_TYPE)
    add_dunder(LIST_TYPE, "__init__", list_init)
    add_dunder(DICT_TYPE, "__init__", dict_init)
    add_dunder(SET_TYPE, "__init__", set_init)


def subclassable(t: Ptr[Type]) -> bool:
    """A builtin type a class may derive from (its instances hold a value of it)."""
    return (t == LIST_TYPE or t == DICT_TYPE or t == TUPLE_TYPE or t == INT_TYPE or t == FLOAT_TYPE or t == STR_TYPE
            or t == SET_TYPE or t == FROZENSET_TYPE or t == BYTES_TYPE)


def final_type(t: Ptr[Type]) -> bool:
    """A builtin type CPython refuses as a base: "type 'bool' is not an acceptable base type"."""
    return (t == BOOL_TYPE or t == RANGE_TYPE or t == NONE_TYPE or t == FUNCTION_TYPE or t == BUILTIN_TYPE
            or t == METHOD_TYPE)


def own_str(t: Ptr[Type]) -> bool:
    """str() of a str or bytes is not its repr: a subclass's __repr__ does not change it."""
    return t == STR_TYPE or t == BYTES_TYPE


def var_sized(t: Ptr[Type]) -> bool:
    """int, tuple and bytes keep their items in the object: CPython refuses a nonempty __slots__ in a
    subclass of them."""
    return t == INT_TYPE or t == TUPLE_TYPE or t == BYTES_TYPE


@inline
def unwrap(w: Word) -> Word:
    """The builtin value of an instance of a subclass of a builtin type; w itself for the rest."""
    if is_small(w) or not w:
        return w
    if as_object(w).type.wrapped:
        return cast(Ptr[Instance], w).value
    return w


def value_method(t: Ptr[Type], f: Word) -> bool:
    """f, found on t's MRO, is a method of the builtin t derives from, called with the value first
    (stack.append(x)): what a method cache may hold for t, as it holds functions."""
    if not t.wrapped or not has_type(f, BUILTIN_TYPE):
        return False
    m = cast(Ptr[BuiltinFunction], f)
    return m.method and not m.call and not m.bound_self and m.owner == t.wrapped


def plain_dict(w: Word) -> Word:
    """The dict value of a dict subclass's instance that iterates as a dict does: CPython's dict_merge
    then copies its entries without calling keys() or __getitem__ (dict(d), {**d}, f(**d)); else w."""
    if is_small(w) or not w:
        return w
    t = as_object(w).type
    if t.wrapped == DICT_TYPE and t.iter == wrapped_iter:
        return value_of(w)
    return w


@inline
def value_of(obj: Word) -> Word:
    return cast(Ptr[Instance], obj).value


# -- the slots ---------------------------------------------------------------------------------------

def fill_slots(t: Ptr[Type]) -> None:
    """The slots of a class deriving from the builtin t.wrapped where its MRO defines no dunder: the
    builtin's, on the value (dunders.update_slots has set those of the dunders it defines)."""
    w = t.wrapped
    if not defines(t, REPR):
        t.repr = wrapped_repr
        if w == SET_TYPE or w == FROZENSET_TYPE:
            t.repr = wrapped_set_repr
        if not defines(t, STR):
            t.str = cast(Fn[[Word], Word], 0)
    if own_str(w) and not defines(t, STR):
        t.str = wrapped_str          # str and bytes have their own; the others show the repr
    if not defines(t, HASH) and type_lookup(t, str_from_cstr("__hash__")) != none_word():
        t.hash = wrapped_hash
        if w.hash == hash_not_implemented:
            t.hash = hash_not_implemented
    if not t.richcompare:
        t.richcompare = wrapped_richcompare
    if not defines(t, BOOL) and not defines(t, LEN):              # int has none: small ints are immediates
        t.truth = wrapped_truth
    if w.length and not defines(t, LEN):
        t.length = wrapped_length
    if w.getitem and not defines(t, GETITEM):
        t.getitem = wrapped_getitem
    if w.setitem and not defines(t, SETITEM):
        t.setitem = wrapped_setitem
        if w.setitem == immutable_setitem:
            t.setitem = immutable_setitem        # its message names the object's type
    if w.delitem and not defines(t, DELITEM):
        t.delitem = wrapped_delitem
        if w.delitem == immutable_delitem:
            t.delitem = immutable_delitem
    if w.contains and not defines(t, CONTAINS):
        t.contains = wrapped_contains
    if w.iter and not defines(t, ITER):
        t.iter = wrapped_iter
    if not t.number:
        t.number = wrapped_number
    if w.unary and not t.unary:
        t.unary = wrapped_unary
    if w == INT_TYPE and not defines(t, INDEX):
        t.index = wrapped_index
    # type_ready copied the builtin's, which work on its struct
    t.concat = cast(Fn[[Word, Word], Word], 0)
    t.inplace_concat = cast(Fn[[Word, Word], Word], 0)
    t.repeat = cast(Fn[[Word, i64], Word], 0)
    t.inplace_repeat = cast(Fn[[Word, i64], Word], 0)
    if w.concat:
        t.concat = wrapped_concat
        t.repeat = wrapped_repeat
    if w.inplace_concat:
        t.inplace_concat = wrapped_inplace_concat
        t.inplace_repeat = wrapped_inplace_repeat


def wrapped_repr(obj: Word) -> Word:
    return repr_of(value_of(obj))


def wrapped_set_repr(obj: Word) -> Word:
    """Tags({1}), Tags(): a set subclass shows its name (not so list, dict, ...)."""
    return set_repr_named(value_of(obj), as_object(obj).type.name, True)


def wrapped_str(obj: Word) -> Word:
    return str_of(value_of(obj))


def wrapped_hash(obj: Word, out: Ptr[i64]) -> bool:
    return hash_of(value_of(obj), out)


def wrapped_richcompare(a: Word, b: Word, op: i64) -> Word:
    """The builtin's comparison of the values (a is an instance of the class, b anything)."""
    v = value_of(a)
    cmp = as_object(v).type.richcompare
    if is_small(v):
        cmp = INT_TYPE.richcompare
    if not cmp:
        return cast(Word, NOT_IMPLEMENTED)
    return cmp(v, unwrap(b), op)


def wrapped_truth(obj: Word) -> i64:
    return truthy(value_of(obj))


def wrapped_length(obj: Word) -> Word:
    return length(value_of(obj))


def wrapped_getitem(obj: Word, key: Word) -> Word:
    """obj[key]; for a dict subclass, a missing key goes to __missing__ (CPython's dict_subscript)."""
    v = value_of(obj)
    t = as_object(obj).type
    if t.wrapped != DICT_TYPE:
        return getitem(v, key)
    i = dict_index(v, key)
    if i == -2:
        return cast(Word, 0)
    if i >= 0:
        return dict_value_at(v, i)
    missing = type_lookup(t, MISSING_NAME)
    if not missing:
        return raise_key_error(key)
    return call_found_with(missing, obj, key)


def wrapped_setitem(obj: Word, key: Word, value: Word) -> bool:
    return setitem(value_of(obj), key, value)


def wrapped_delitem(obj: Word, key: Word) -> bool:
    return delitem(value_of(obj), key)


def wrapped_contains(obj: Word, x: Word) -> i64:
    return contains(value_of(obj), x)


def wrapped_iter(obj: Word) -> Word:
    return get_iter(value_of(obj))


def wrapped_index(obj: Word) -> Word:
    return value_of(obj)


def wrapped_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """a OP b with a or b an instance of a subclass of a builtin: the builtin operation on the values
    (`s += [1]` changes the value and gives s); NotImplemented where there is none. A sequence's +
    or * with another type is left to the concat and repeat slots, which see the other operand as it
    is (CPython's 'can only concatenate str (not "Color") to str')."""
    va = unwrap(a)
    vb = unwrap(b)
    ta = type_of_value(va)
    tb = type_of_value(vb)
    if (op == OP_ADD or op == OP_MUL) and ta != tb and (ta.concat or tb.concat):
        return cast(Word, NOT_IMPLEMENTED)
    r = binary_try(op, va, vb, inplace)
    if inplace and va != a:
        return same_if_value(a, r)
    return r


@inline
def same_if_value(obj: Word, r: Word) -> Word:
    """obj for its own value: what an in-place operation on obj's value gave back (s += [1] is s)."""
    if r and r == value_of(obj):
        return obj
    return r


def wrapped_concat(a: Word, b: Word) -> Word:
    v = value_of(a)
    return type_of_value(v).concat(v, b)


def wrapped_inplace_concat(a: Word, b: Word) -> Word:
    v = value_of(a)
    return same_if_value(a, type_of_value(v).inplace_concat(v, b))


def wrapped_repeat(a: Word, n: i64) -> Word:
    v = value_of(a)
    return type_of_value(v).repeat(v, n)


def wrapped_inplace_repeat(a: Word, n: i64) -> Word:
    v = value_of(a)
    return same_if_value(a, type_of_value(v).inplace_repeat(v, n))


def builtin_number(obj: Word, op: i64, reflected: bool, x: Word) -> Word:
    """obj.__op__(x) (obj.__rop__(x) when reflected) as the builtin has it, for a class of obj's that
    defines other number dunders but not this one."""
    if reflected:
        return binary_try(op, unwrap(x), value_of(obj), False)
    return binary_try(op, value_of(obj), unwrap(x), False)


def wrapped_unary(op: i64, a: Word) -> Word:
    """-a, +a, ~a and abs(a) of the value."""
    v = value_of(a)
    if op == UNARY_ABS:
        return builtin_abs(addr(v), 1, cast(Word, 0))
    u = type_of_value(v).unary
    if not u:
        return cast(Word, NOT_IMPLEMENTED)
    return u(op, v)


def call_unwrapped(f: Fn[[Word, Ptr[Word], i64, Word], Word], self: Word, args: Ptr[Word], n: i64) -> Word:
    """The method f(self, *args) with the values of the instances of builtin subclasses among args."""
    area = area_push(n)
    if not area:
        return raise_memory_error()
    for i in range(n):
        area[i] = unwrap(args[i])
    r = f(self, area, n, cast(Word, 0))
    area_pop(area)
    return r


def call_with_value(f: Fn[[Ptr[Word], i64, Word], Word], args: Ptr[Word], n: i64, kwnames: Word, k: i64) -> Word:
    """The builtin function f(*args) with the value of args[k], an instance of a builtin subclass."""
    area = area_push(n)
    if not area:
        return raise_memory_error()
    for i in range(n):
        area[i] = args[i]
    area[k] = unwrap(args[k])
    r = f(area, n, kwnames)
    area_pop(area)
    return r


# -- the builtins' dunders, for super() and the types ------------------------------------------------------

def add_dunder(t: Ptr[Type], name: Ptr[u8], f: Fn[[Word, Ptr[Word], i64, Word], Word]) -> Ptr[BuiltinFunction]:
    """t's method name, put last in its table (so the methods programs call most are found as fast as
    before); outside the heap, as the static ones."""
    m = cast(Ptr[BuiltinFunction], calloc(1, sizeof(BuiltinFunction)))
    if not m:
        return m
    m.type = BUILTIN_TYPE
    m.name = name
    m.method = f
    put_last(t, m)
    return m


def put_last(t: Ptr[Type], m: Ptr[BuiltinFunction]) -> None:
    m.owner = t
    if not t.methods:
        t.methods = m
        return
    last = t.methods
    while last.next_method:
        last = last.next_method
    last.next_method = m


def add_dunders(t: Ptr[Type]) -> None:
    """t's __new__ and the dunders of its slots (chosen by type: the init() filling the slots may
    run after this one)."""
    m = add_dunder(t, "__new__", new_instance)
    if m:
        m.bound_self = cast(Word, t)        # a static method, given its type first (t lives outside the heap)
    number = t == INT_TYPE or t == FLOAT_TYPE
    mutable = t == LIST_TYPE or t == DICT_TYPE or t == SET_TYPE
    add_dunder(t, "__repr__", dunder_repr)
    if own_str(t):
        add_dunder(t, "__str__", dunder_str)
    if not mutable:
        add_dunder(t, "__hash__", dunder_hash)
    add_dunder(t, "__eq__", dunder_eq)
    add_dunder(t, "__ne__", dunder_ne)
    add_dunder(t, "__lt__", dunder_lt)
    add_dunder(t, "__le__", dunder_le)
    add_dunder(t, "__gt__", dunder_gt)
    add_dunder(t, "__ge__", dunder_ge)
    if not number:
        add_dunder(t, "__len__", dunder_len)
        add_dunder(t, "__contains__", dunder_contains)
        add_dunder(t, "__iter__", dunder_iter)
    if not number and t != SET_TYPE and t != FROZENSET_TYPE:
        add_dunder(t, "__getitem__", dunder_getitem)
    if t == LIST_TYPE or t == DICT_TYPE:
        add_dunder(t, "__setitem__", dunder_setitem)
        add_dunder(t, "__delitem__", dunder_delitem)
    if t != DICT_TYPE and t != SET_TYPE and t != FROZENSET_TYPE:
        add_dunder(t, "__add__", dunder_add)


def arguments(n: i64, kwnames: Word, want: i64) -> bool:
    """A dunder called with want positional arguments and no keywords; False after CPython's TypeError."""
    if kw_count(kwnames) > 0:
        raise_text(TYPE_ERROR, "wrapper takes no keyword arguments", "", "", "", "")
        return False
    if n != want:
        raise_text(TYPE_ERROR, "expected ", decimal_text(0, want), " argument" if want == 1 else " arguments", ", got ",
                   decimal_text(1, n))
        return False
    return True


def dunder_repr(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 0):
        return cast(Word, 0)
    return repr_of(self)


def dunder_str(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 0):
        return cast(Word, 0)
    return str_of(self)


def dunder_hash(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 0):
        return cast(Word, 0)
    h: i64 = 0
    if not hash_of(self, addr(h)):
        return cast(Word, 0)
    return int_from_i64(h)


def dunder_compare(self: Word, args: Ptr[Word], n: i64, kwnames: Word, op: i64) -> Word:
    """The builtin's comparison of self (a value of it) with the argument; NotImplemented as it says."""
    if not arguments(n, kwnames, 1):
        return cast(Word, 0)
    cmp = type_of_value(self).richcompare
    if not cmp:
        return cast(Word, NOT_IMPLEMENTED)
    return cmp(self, unwrap(args[0]), op)


def dunder_eq(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dunder_compare(self, args, n, kwnames, CMP_EQ)


def dunder_ne(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dunder_compare(self, args, n, kwnames, CMP_NE)


def dunder_lt(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dunder_compare(self, args, n, kwnames, CMP_LT)


def dunder_le(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dunder_compare(self, args, n, kwnames, CMP_LE)


def dunder_gt(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dunder_compare(self, args, n, kwnames, CMP_GT)


def dunder_ge(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return dunder_compare(self, args, n, kwnames, CMP_GE)


def dunder_len(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 0):
        return cast(Word, 0)
    return length(self)


def dunder_getitem(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 1):
        return cast(Word, 0)
    return getitem(self, args[0])


def dunder_setitem(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 2):
        return cast(Word, 0)
    if not setitem(self, args[0], args[1]):
        return cast(Word, 0)
    return none_word()


def dunder_delitem(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 1):
        return cast(Word, 0)
    if not delitem(self, args[0]):
        return cast(Word, 0)
    return none_word()


def dunder_contains(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 1):
        return cast(Word, 0)
    r = contains(self, args[0])
    if r < 0:
        return cast(Word, 0)
    return bool_word(r == 1)


def dunder_iter(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 0):
        return cast(Word, 0)
    return get_iter(self)


def dunder_add(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not arguments(n, kwnames, 1):
        return cast(Word, 0)
    return binary_try(OP_ADD, self, unwrap(args[0]), False)


# -- the class methods --------------------------------------------------------------------------------

def class_method(t: Ptr[Type], m: Ptr[BuiltinFunction]) -> Word:
    """dict.fromkeys, int.from_bytes and bytes.fromhex read from a subclass t (or an instance): bound to
    t, as CPython's class methods, so that they make instances of t; null for the other methods."""
    f = cast(Fn[[Word, Ptr[Word], i64, Word], Word], 0)
    if m == DICT_FROMKEYS:
        f = subclass_fromkeys
    elif m == INT_FROM_BYTES:
        f = subclass_from_bytes
    elif m == BYTES_FROMHEX:
        f = subclass_fromhex
    else:
        return cast(Word, 0)
    b = new(BuiltinFunction)
    if not b:
        return cast(Word, 0)
    b.name = m.name
    b.method = f
    b.bound_self = cast(Word, t)
    return cast(Word, b)


def subclass_fromkeys(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """D.fromkeys(iterable, value=None): D(), then d[key] = value for each key (CPython's dict_fromkeys)."""
    if not positional_count(n, kwnames, "dict.fromkeys()", "fromkeys", 1, 2):
        return cast(Word, 0)
    d = call_builtin(cls, args, 0, cast(Word, 0))
    if not d:
        return d
    return fromkeys_into(d, args[0], args[1] if n == 2 else none_word())


def subclass_from_bytes(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return made_by_class(cls, INT_FROM_BYTES.call(args, n, kwnames))


def subclass_fromhex(cls: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return made_by_class(cls, BYTES_FROMHEX.call(args, n, kwnames))


def made_by_class(cls: Word, value: Word) -> Word:
    """cls(value), what CPython's int.from_bytes and bytes.fromhex give for a subclass."""
    if not value:
        return value
    return call_builtin(cls, addr(value), 1, cast(Word, 0))


# -- construction ----------------------------------------------------------------------------------------

def new_instance(builtin: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """w.__new__(cls, *args) for a builtin w (CPython's checks): a value of w when cls is w, else an
    instance of cls holding one, made from the arguments for the immutable types (empty for list,
    dict and set, which __init__ fills)."""
    w = cast(Ptr[Type], builtin)
    if n - kw_count(kwnames) < 1:
        return raise_text(TYPE_ERROR, w.name, ".__new__(): not enough arguments", "", "", "")
    if not is_type_object(args[0]):
        return raise_text(TYPE_ERROR, w.name, ".__new__(X): X is not a type object (", type_of_value(args[0]).name, ")", "")
    cls = cast(Ptr[Type], args[0])
    if not is_subtype(cls, w):
        return raise_not_subtype(w, cls)
    value = cast(Word, 0)
    if w == LIST_TYPE or w == DICT_TYPE or w == SET_TYPE:
        value = w.call(w, args, 0, cast(Word, 0))
    else:
        value = w.call(w, args + 1, n - 1, kwnames)
    if not value or not is_user_type(cls):
        return value
    obj = instance_new(cls)
    if obj:
        cast(Ptr[Instance], obj).value = value
    return obj


def raise_not_subtype(w: Ptr[Type], cls: Ptr[Type]) -> Word:
    """int.__new__(A): A is not a subtype of int."""
    return raise_message(TYPE_ERROR, w.name, ".__new__(", cls.name, cast(Word, 0), "): ", cls.name,
                         " is not a subtype of ", w.name)


def list_init(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """list.__init__(self, iterable=()): self emptied, then extended."""
    if not no_keywords(kwnames, "list()"):
        return cast(Word, 0)
    if n > 1:
        return raise_arg_count("list expected at most 1 argument, got ", n, "")
    list_clear(self)
    if n == 1 and not list_extend(self, args[0]):
        return cast(Word, 0)
    return none_word()


def dict_init(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """dict.__init__(self, *args, **kwargs): self updated, as CPython's (nothing is removed)."""
    if not dict_update_args(self, args, n, kwnames, "dict"):
        return cast(Word, 0)
    return none_word()


def set_init(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """set.__init__(self, iterable=()): self emptied, then updated."""
    if not constructor_arguments(n, kwnames, "set"):
        return cast(Word, 0)
    if not set_clear(self):
        return cast(Word, 0)
    if n == 1 and not set_update(self, args[0]):
        return cast(Word, 0)
    return none_word()
