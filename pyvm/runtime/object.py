"""Tagged words, the object header, type descriptors and the static objects.

DESIGN.md 5: a Word with low bit 1 is a small int (63 bits); low bits 000 make
it a pointer to an object. DESIGN.md 6: every object starts with a header word
pointing to its type.
"""
from pyvm.lowpy.lang import *


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


class NoneObject(Object, name="NoneType"):
    pass


class BoolObject(Object, name="bool"):
    value: i64


class EllipsisObject(Object, name="ellipsis"):
    pass


NONE = static(NoneObject)
ELLIPSIS = static(EllipsisObject)
TRUE = static(BoolObject, value=1)
FALSE = static(BoolObject, value=0)

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
