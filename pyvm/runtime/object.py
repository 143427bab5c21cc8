"""Tagged words, the object header, type descriptors and the static objects.

DESIGN.md 5: a Word with low bit 1 is a small int (63 bits); low bits 000 make
it a pointer to an object. DESIGN.md 6: every object starts with a header word
pointing to its type.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.ops import type_get_attr, type_setattr, object_setattr
from pyvm.runtime.strobj import str_from_cstr
from pyvm.runtime.ops import type_repr, type_subscript, builtin_repr, number_hash, number_richcompare, number_binary, number_unary


class Object(Struct, heap=True):
    type: Ptr[Type]


class Type(Object, name="type", descriptor=True):
    # Filled in by the compiler for every heap struct (see docs/lowpy.md).
    name: Ptr[u8]              # NUL-terminated, as Python shows it
    base: Ptr[Type]            # the Python base class, null for object
    basic_size: i64            # bytes of the fixed part, header included
    item_size: i64             # bytes per trailing item, 0 if none
    length_offset: i64         # byte offset of the i64 item count, 0 if none
    ref_map: u64               # bit i set: word i of the fixed part is a reference
    items_are_refs: bool       # the trailing items are Words
    # Added for calling types (int(x), ValueError("m")): the type itself, the
    # arguments (in a GC root area), their count, and 0 or a tuple of str naming the
    # last arguments as keywords. Null for types that cannot be called. Filled
    # at start-up by the init() of the module that implements the type's constructor.
    call: Fn[[Ptr[Type], Ptr[Word], i64, Word], Word]
    # The slots (DESIGN.md 11, CPython's PyTypeObject): what the generic operations of ops.py do
    # with an object of this type. The type's own module fills them in its init(); type_ready
    # then gives each type its base's slots where it has none. Null: the type has no such
    # operation (ops.py raises CPython's TypeError) or takes object's default (repr, hash).
    repr: Fn[[Word], Word]
    str: Fn[[Word], Word]                          # null: the repr
    hash: Fn[[Word, Ptr[i64]], bool]               # into *out; False after raising
    richcompare: Fn[[Word, Word, i64], Word]       # (self, other, op): the result (a bool), NOT_IMPLEMENTED, or null after raising
    truth: Fn[[Word], i64]                         # 1 or 0; -1 after raising. Null: always true
    length: Fn[[Word], Word]                       # an int Word
    iter: Fn[[Word], Word]
    next: Fn[[Word], Word]                         # null with nothing pending when exhausted
    getitem: Fn[[Word, Word], Word]
    setitem: Fn[[Word, Word, Word], bool]
    delitem: Fn[[Word, Word], bool]
    contains: Fn[[Word, Word], i64]                # 1 or 0; -1 after raising
    invoke: Fn[[Word, Ptr[Word], i64, Word], Word]   # calling an object of this type: (f, args, n, kwnames)
    getattr: Fn[[Word, Word], Word]                # the null Word with nothing pending: no such attribute
    setattr: Fn[[Word, Word, Word], bool]          # (obj, name, value); value 0: del obj.name
    descr_get: Fn[[Word, Word, Word], Word]        # (descriptor, instance, owner)
    descr_set: Fn[[Word, Word, Word], bool]        # (descriptor, instance, value)
    number: Fn[[i64, Word, Word, bool], Word]      # (op, a, b, in place) with a or b of this type: NOT_IMPLEMENTED if it cannot
    unary: Fn[[i64, Word], Word]                   # (op, a): NOT_IMPLEMENTED if it cannot
    # The sequences' + and * (CPython's sq_concat, sq_repeat and their in-place forms), when no
    # number slot could: (seq, other) and (seq, count).
    concat: Fn[[Word, Word], Word]
    inplace_concat: Fn[[Word, Word], Word]
    repeat: Fn[[Word, i64], Word]
    inplace_repeat: Fn[[Word, i64], Word]
    index: Fn[[Word], Word]                        # the int the object stands for (__index__); null after raising
    methods: Ptr[BuiltinFunction]                  # the method table: a list through BuiltinFunction.next_method
    version: u64                                   # changes whenever the type or a base changes (inline caches)
    instance_slots: i64                            # a user class: the slots its instances start with
    slotted: bool                                  # a user class whose MRO has __slots__ throughout: no __dict__
    new_overridden: bool                           # a user class whose __new__ is not object's (CPython's tp_new !=
                                                   # object_new): once true, a del of __new__ leaves it so, as there
    found_version: u64                             # the version new_found and init_found were looked up at (0: never)
    wrapped: Ptr[Type]                             # a user class deriving from list, int, ... (builtinsub.py): that
                                                   # builtin, whose value its instances hold; null for the rest
    # The Words of a user class (runtime/classobj.py), consecutive: the collector updates them as one
    # lasting root range (gc/roots.py), since the class itself lives outside the heap. 0 for builtin types.
    mro: Word                                      # a tuple of types; 0 for builtin types, whose MRO is the chain of bases
    dict: Word                                     # the class's namespace, a dict
    bases: Word                                    # a tuple of types
    qualname: Word                                 # a str
    subclasses: Word                               # a list of the classes deriving from it directly (version bumps)
    root_map: Word                                 # the map of its instances without attributes
    slot_names: Word                               # the names its own __slots__ lists (a tuple), or 0
    new_found: Word                                # class_call's lookups of __new__ and __init__ (0: object's),
    init_found: Word                               # made at the version in found_version


class BuiltinFunction(Object, name="builtin_function_or_method"):
    name: Ptr[u8]
    call: Fn[[Ptr[Word], i64, Word], Word]                 # a function: (args, n, kwnames)
    bound_self: Word                                       # a bound method: its object
    method: Fn[[Word, Ptr[Word], i64, Word], Word]         # a method: (self, args, n, kwnames)
    next_method: Ptr[BuiltinFunction]                      # the next in its type's method table
    owner: Ptr[Type]                                       # a method: the type whose table holds it
    descriptor: Ptr[u8]                                    # its method_descriptor once read from the type (builtins.py)


class NoneObject(Object, name="NoneType"):
    pass


class BoolObject(Object, name="bool"):
    value: i64


class EllipsisObject(Object, name="ellipsis"):
    pass


class NotImplementedObject(Object, name="NotImplementedType"):
    pass


NONE = static(NoneObject)
ELLIPSIS = static(EllipsisObject)
TRUE = static(BoolObject, value=1)
FALSE = static(BoolObject, value=0)
NOT_IMPLEMENTED = static(NotImplementedObject)     # what a slot returns for operands it does not handle

SMALL_MAX = (1 << 62) - 1
SMALL_MIN = -(1 << 62)


@inline
def is_small(w: Word) -> bool:
    return (cast(i64, w) & 1) == 1


@inline
def small_value(w: Word) -> i64:
    return cast(i64, w) >> 1


@inline
def fits_small(v: i64) -> bool:
    return v >= SMALL_MIN and v <= SMALL_MAX


@inline
def small(v: i64) -> Word:
    """The tagged word of v; the caller checked fits_small(v)."""
    return cast(Word, (v << 1) | 1)


@inline
def as_object(w: Word) -> Ptr[Object]:
    return cast(Ptr[Object], w)


@inline
def none_word() -> Word:
    return cast(Word, NONE)


@inline
def bool_word(b: bool) -> Word:
    if b:
        return cast(Word, TRUE)
    return cast(Word, FALSE)


@inline
def has_type(w: Word, t: Ptr[Type]) -> bool:
    """True when w is a heap or static object whose header is exactly t."""
    if is_small(w) or not w:
        return False
    return as_object(w).type == t


def type_ready(t: Ptr[Type]) -> None:
    """Give t its base's slots where it has none (CPython's inherit_slots; `call`, the
    constructor, is each type's own): once the base's are set."""
    b = t.base
    if not b:
        return
    if not t.repr:
        t.repr = b.repr
    if not t.str:
        t.str = b.str
    if not t.hash:
        t.hash = b.hash
    if not t.richcompare:
        t.richcompare = b.richcompare
    if not t.truth:
        t.truth = b.truth
    if not t.length:
        t.length = b.length
    if not t.iter:
        t.iter = b.iter
    if not t.next:
        t.next = b.next
    if not t.getitem:
        t.getitem = b.getitem
    if not t.setitem:
        t.setitem = b.setitem
    if not t.delitem:
        t.delitem = b.delitem
    if not t.contains:
        t.contains = b.contains
    if not t.invoke:
        t.invoke = b.invoke
    if not t.getattr:
        t.getattr = b.getattr
    if not t.setattr:
        t.setattr = b.setattr
    if not t.descr_get:
        t.descr_get = b.descr_get
    if not t.descr_set:
        t.descr_set = b.descr_set
    if not t.number:
        t.number = b.number
    if not t.unary:
        t.unary = b.unary
    if not t.concat:
        t.concat = b.concat
    if not t.inplace_concat:
        t.inplace_concat = b.inplace_concat
    if not t.repeat:
        t.repeat = b.repeat
    if not t.inplace_repeat:
        t.inplace_repeat = b.inplace_repeat


def add_method(t: Ptr[Type], m: Ptr[BuiltinFunction]) -> None:
    """Put the static method m in t's method table."""
    m.owner = t
    m.next_method = t.methods
    t.methods = m



def init() -> None:
    type_of(Type).repr = type_repr
    type_of(Type).getitem = type_subscript
    type_of(Type).getattr = type_get_attr
    type_of(Type).setattr = type_setattr
    type_of(NoneObject).setattr = object_setattr
    type_of(BuiltinFunction).repr = builtin_repr
    type_of(NoneObject).repr = none_repr
    type_of(NoneObject).truth = none_truth
    type_of(EllipsisObject).repr = ellipsis_repr
    type_of(NotImplementedObject).repr = not_implemented_repr
    b = type_of(BoolObject)
    b.repr = bool_repr
    b.truth = bool_truth
    b.hash = number_hash
    b.richcompare = number_richcompare
    b.number = number_binary
    b.unary = number_unary
    b.setattr = object_setattr


def none_repr(w: Word) -> Word:
    return str_from_cstr("None")


def none_truth(w: Word) -> i64:
    return 0


def ellipsis_repr(w: Word) -> Word:
    return str_from_cstr("Ellipsis")


def not_implemented_repr(w: Word) -> Word:
    return str_from_cstr("NotImplemented")


def bool_repr(w: Word) -> Word:
    return str_from_cstr("True" if cast(Ptr[BoolObject], w).value != 0 else "False")


def bool_truth(w: Word) -> i64:
    return cast(Ptr[BoolObject], w).value
