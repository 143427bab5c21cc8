"""User classes (DESIGN.md 11, 12): type objects made at run time, their instances, bound methods, super.

A class is a `Type` like the builtin types, malloc'd outside the moving heap (DESIGN.md 5) by
`class_new`; its Words (mro, dict, bases, qualname, subclasses, root map) are one lasting root range
(gc/roots.py) the collector updates. Its instances are `Instance`s, whose layout (and so the
collector's view) every class copies from `object`'s descriptor (a class deriving from an exception
type copies BaseException's instead: an ExceptionObject, which starts with the same fields and has no
slots; docs/exceptions.md):

- `map`: the instance's hidden class (a `Map`, as in Self and V8): which attribute lives in which
  slot. Every class starts from its own empty root map; adding an attribute follows (or makes) the
  map's transition for that name, so instances given the same attributes in the same order share
  one map. An inline cache can then be a map compare and a load (docs/ops.md).
- `slots`: the attribute values, as many as the front end found `self.x = ...` stores in the class's
  methods (Code.instance_slots); the attributes past them go to `attrs`, a list, in map order.
- dict mode: once a program asks for `__dict__` or deletes an attribute, `map` is 0 and `attrs` is
  the instance's `__dict__`, a dict (PyPy's and V8's "dictionary mode").
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, Type, NONE, as_object, has_type, none_word, is_small, type_ready
from pyvm.runtime.errors import (raise_message, raise_text, raise_msg, raise_memory_error, raise_not_supported, pending,
                                 clear, set_pending, is_exception_type, has_own_layout, BASE_EXCEPTION, TYPE_ERROR,
                                 ATTRIBUTE_ERROR, RUNTIME_ERROR, KEY_ERROR, VALUE_ERROR)
from pyvm.runtime.strobj import Str, str_eq, str_from_cstr
from pyvm.runtime.strbuilder import StrBuilder, str_builder_new, str_builder_add_cstr, str_builder_add_str, str_builder_add_hex, str_builder_finish
from pyvm.runtime.tupleobj import Tuple, tuple_new, tuple_from_items
from pyvm.runtime.listobj import List, list_new, list_append, list_array
from pyvm.runtime.dictobj import (DICT_TYPE, dict_new, dict_presized, dict_lookup, dict_set, dict_delitem, dict_copy,
                                  dict_index, dict_remove_at)
from pyvm.runtime.function import Function, Code, Cell, FRAME_FLAG, call_object, name_error
from pyvm.runtime.builtins import kw_count, kw_name, name_is, find_method, bound_method_new, call_builtin, raise_unbound_method
from pyvm.runtime.object import BuiltinFunction
from pyvm.runtime.dunders import update_slots, set_names, call_found, call_found_with, type_own, OBJECT_NEW, OBJECT_INIT_SUBCLASS
from pyvm.runtime.descrobj import (data_descriptors, wrap_function, StaticMethod, STATICMETHOD_TYPE,
                                   CLASSMETHOD_TYPE)
from pyvm.runtime.mappingproxy import mappingproxy_new
from pyvm.runtime.exceptions import exception_class_call
from pyvm.runtime.fileobj import IO_BASE
from pyvm.runtime.ops import (repr_of, get_attr, hash_of, hash_not_implemented, bound_hash, bound_compare, type_of_value, is_str, is_type_object, is_subtype, tuple_from_iterable, tuple_from_list,
                              TYPE_TYPE,
                              FUNCTION_TYPE)
from pyvm.runtime.builtinsub import subclassable, final_type, var_sized, class_method, value_method
from pyvm.gc.roots import add_lasting_range, area_push, area_pop, chain

TYPE_WORDS = 9              # mro, dict, bases, qualname, subclasses, root_map, slot_names, new_found, init_found:
                            # consecutive in Type
MAX_PRESIZED_SLOTS = 64


class Instance(Object, name="object", length="size"):
    map: Word           # a Map; 0 in dict mode
    attrs: Word         # the values past the slots (a list, map mode), or the __dict__ (dict mode); 0 until needed
    size: i64
    value: Word         # a class deriving from a builtin type (list, int, ...): the builtin value (builtinsub.py)
    slots: Array[Word]


class Map(Object, name="instance_map", length="count"):
    transitions: Word   # a dict: name -> this map with that attribute added; 0 until one is made
    count: i64
    names: Array[Word]  # the attributes in slot order


class Method(Object, name="method"):
    func: Word
    obj: Word


class Super(Object, name="super"):
    thistype: Word      # the class whose MRO successors are searched (a type: outside the heap)
    obj: Word


OBJECT_TYPE = type_of(Instance)
MAP_TYPE = type_of(Map)
METHOD_TYPE = type_of(Method)
SUPER_TYPE = type_of(Super)

version_counter: u64 = 0

# Names the runtime looks up, made once (globals of type Word are roots).
INIT_NAME: Word = cast(Word, 0)
GETATTR_NAME: Word = cast(Word, 0)
NEW_NAME: Word = cast(Word, 0)
INIT_SUBCLASS_NAME: Word = cast(Word, 0)
PREPARE_NAME: Word = cast(Word, 0)


@extern
def calloc(n: i64, size: i64) -> Ptr[u8]: ...


@extern
def malloc(n: i64) -> Ptr[u8]: ...


@extern
def memcpy(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


def init() -> None:
    global INIT_NAME, NEW_NAME, GETATTR_NAME, INIT_SUBCLASS_NAME, PREPARE_NAME
    OBJECT_TYPE.call = object_call
    OBJECT_TYPE.getattr = object_getattr
    METHOD_TYPE.invoke = method_invoke
    METHOD_TYPE.repr = method_repr
    METHOD_TYPE.hash = method_hash
    METHOD_TYPE.richcompare = method_compare
    METHOD_TYPE.getattr = method_getattr
    SUPER_TYPE.call = super_call
    SUPER_TYPE.getattr = super_getattr
    INIT_NAME = str_from_cstr("__init__")
    GETATTR_NAME = str_from_cstr("__getattr__")
    NEW_NAME = str_from_cstr("__new__")
    INIT_SUBCLASS_NAME = str_from_cstr("__init_subclass__")
    PREPARE_NAME = str_from_cstr("__prepare__")


@inline
def is_user_type(t: Ptr[Type]) -> bool:
    return t.dict != cast(Word, 0)


def bump_version(t: Ptr[Type], dunder: bool) -> None:
    """t or a base changed: new version tags for t and every class deriving from it, and new slots
    when a dunder changed (dunders.update_slots)."""
    global version_counter
    version_counter += 1
    t.version = version_counter
    if dunder:
        update_slots(t)
    subs = cast(Ptr[List], t.subclasses)
    if subs:
        for i in range(subs.size):
            bump_version(cast(Ptr[Type], list_array(subs).items[i]), dunder)


# -- making a class ------------------------------------------------------------------------------

def class_new(name: Word, bases: Word, ns: Word, slots_hint: i64) -> Word:
    """type(name, bases, ns): a new class; the null Word after raising."""
    nb = cast(Ptr[Tuple], bases).size
    for i in range(nb):
        b = cast(Ptr[Tuple], bases).items[i]
        if not is_type_object(b):
            return raise_not_supported("a class base that is not a type", "", "")
        bt = cast(Ptr[Type], b)
        if bt != OBJECT_TYPE and bt != TYPE_TYPE and not is_user_type(bt) and not is_exception_type(bt) and not subclassable(bt):
            if final_type(bt):
                return raise_text(TYPE_ERROR, "type '", bt.name, "' is not an acceptable base type", "", "")
            return raise_not_supported("subclasses of the builtin type ", bt.name, "")
        for j in range(i):
            if cast(Ptr[Tuple], bases).items[j] == b:
                return raise_text(TYPE_ERROR, "duplicate base class ", bt.name, "", "", "")
    base = OBJECT_TYPE
    if nb > 0:
        base = best_base(bases)
        if not base:
            return cast(Word, 0)
    # Instances are laid out as object's (Instance) or as BaseException's (ExceptionObject)
    layout = OBJECT_TYPE
    if is_exception_type(base):
        layout = BASE_EXCEPTION
    qualname = dict_lookup(ns, str_from_cstr("__qualname__"))
    if qualname and not is_str(qualname):
        return raise_text(TYPE_ERROR, "type __qualname__ must be a str, not ", type_of_value(qualname).name, "", "", "")
    t = cast(Ptr[Type], calloc(1, sizeof(Type)))
    if not t:
        return raise_memory_error()
    t.type = TYPE_TYPE
    t.basic_size = layout.basic_size
    t.item_size = layout.item_size
    t.length_offset = layout.length_offset
    t.ref_map = layout.ref_map
    t.items_are_refs = layout.items_are_refs
    if not add_lasting_range(addr(t.mro), TYPE_WORDS):
        return raise_memory_error()
    t.name = cstring_of(name)
    if not t.name:
        return raise_memory_error()
    t.base = base
    t.bases = bases
    if subclassable(builtin_base(base)):
        t.wrapped = builtin_base(base)
    if nb == 0:
        t.bases = one_tuple(cast(Word, OBJECT_TYPE))
        if not t.bases:
            return cast(Word, 0)
    d = dict_copy(ns)
    if not d:
        return d
    t.dict = d
    # CPython's type_new: these functions are implicitly a static method and class methods.
    if (not implicit_wrapper(t.dict, "__new__", STATICMETHOD_TYPE) or
            not implicit_wrapper(t.dict, "__init_subclass__", CLASSMETHOD_TYPE) or
            not implicit_wrapper(t.dict, "__class_getitem__", CLASSMETHOD_TYPE)):
        return cast(Word, 0)
    if not class_mro(t) or not class_slots(t):
        return cast(Word, 0)
    if qualname:
        t.qualname = qualname
        if not dict_delitem(t.dict, str_from_cstr("__qualname__")):
            return cast(Word, 0)
    else:
        t.qualname = name
    if not dict_set_absent(t.dict, "__doc__", none_word()):
        return cast(Word, 0)
    if dict_lookup(t.dict, str_from_cstr("__eq__")) and not dict_set_absent(t.dict, "__hash__", none_word()):
        return cast(Word, 0)          # defining __eq__ alone makes instances unhashable (CPython's type_new)
    cell = dict_lookup(t.dict, str_from_cstr("__classcell__"))
    if cell:
        if not has_type(cell, type_of(Cell)):
            return raise_text(TYPE_ERROR, "__classcell__ must be a nonlocal cell, not <class '",
                              type_of_value(cell).name, "'>", "", "")
        cast(Ptr[Cell], cell).contents = cast(Word, t)
        if not dict_delitem(t.dict, str_from_cstr("__classcell__")):
            return cast(Word, 0)
    m = new(Map, 0)
    if not m:
        return cast(Word, 0)
    t.root_map = cast(Word, m)
    if layout == OBJECT_TYPE:
        t.instance_slots = min(slots_hint + t.base.instance_slots, MAX_PRESIZED_SLOTS)
        t.repr = instance_repr
        t.getattr = instance_getattr
        t.setattr = instance_setattr
        t.call = class_call
    else:
        t.call = exception_class_call       # its other slots are BaseException's (type_ready); no slots
    type_ready(t)
    for i in range(cast(Ptr[Tuple], t.bases).size):
        base = cast(Ptr[Type], cast(Ptr[Tuple], t.bases).items[i])
        if is_user_type(base):
            if not base.subclasses:
                subs = list_new(0)
                if not subs:
                    return subs
                base.subclasses = subs
            if not list_append(base.subclasses, cast(Word, t)):
                return cast(Word, 0)
    bump_version(t, True)
    if not set_names(t):
        return cast(Word, 0)
    return cast(Word, t)


def class_slots(t: Ptr[Type]) -> bool:
    """__slots__ (CPython's type_new_slots): the names t's instances may have (t.slot_names), whether
    they lack a __dict__ (t.slotted: so do all its bases), and the checks of both."""
    spec = dict_lookup(t.dict, str_from_cstr("__slots__"))
    if pending:
        clear()
    wants_dict = not spec
    if spec:
        names = cast(Word, 0)
        if is_str(spec):
            names = one_tuple(spec)
        else:
            names = tuple_from_iterable(spec)
        if not names:
            return False
        own = list_new(0)
        if not own:
            return False
        for i in range(cast(Ptr[Tuple], names).size):
            name = cast(Ptr[Tuple], names).items[i]
            if not is_str(name):
                raise_text(TYPE_ERROR, "__slots__ items must be strings, not '", type_of_value(name).name, "'", "", "")
                return False
            if name_is(name, "__dict__"):
                wants_dict = True
            elif not name_is(name, "__weakref__"):
                if cast(Ptr[Str], name).nbytes > 2 and cast(Ptr[Str], name).data[0] == 95 and cast(Ptr[Str], name).data[1] == 95 and not is_dunder(name):
                    raise_not_supported("private names in __slots__", "", "")
                    return False
                if dict_lookup(t.dict, name):
                    raise_message(VALUE_ERROR, "'", "", "", name, "' in __slots__ conflicts with class variable", "", "", "")
                    return False
                if not list_append(own, name):
                    return False
        if cast(Ptr[List], own).size > 0:
            if t.wrapped and var_sized(t.wrapped):
                raise_text(TYPE_ERROR, "nonempty __slots__ not supported for subtype of '", t.wrapped.name, "'", "", "")
                return False
            kept = tuple_from_list(own)
            if not kept:
                return False
            t.slot_names = kept
    t.slotted = not wants_dict
    winner = solid_base(cast(Ptr[Type], cast(Ptr[Tuple], t.bases).items[0]))
    for i in range(cast(Ptr[Tuple], t.bases).size):
        base = cast(Ptr[Type], cast(Ptr[Tuple], t.bases).items[i])
        if is_user_type(base) and not base.slotted:
            t.slotted = False
        candidate = solid_base(base)
        if is_subtype(candidate, winner):
            winner = candidate
        elif not is_subtype(winner, candidate):
            raise_msg(TYPE_ERROR, "multiple bases have instance lay-out conflict")
            return False
    return True


def is_slot_name(t: Ptr[Type], name: Word) -> bool:
    """name is in the __slots__ of a class of t's MRO."""
    for i in range(mro_size(t)):
        c = mro_at(t, i)
        if is_user_type(c) and c.slot_names:
            for k in range(cast(Ptr[Tuple], c.slot_names).size):
                if str_eq(cast(Ptr[Tuple], c.slot_names).items[k], name):
                    return True
    return False


def has_slot_names(t: Ptr[Type]) -> bool:
    """A class of t's chain of bases names attributes in its own __slots__."""
    return is_user_type(solid_base(t))


def implicit_wrapper(d: Word, key: Ptr[u8], kind: Ptr[Type]) -> bool:
    """The function d[key], if it is a plain function, wrapped as kind (staticmethod, classmethod)."""
    k = str_from_cstr(key)
    if not k:
        return False
    f = dict_lookup(d, k)
    if not f or not has_type(f, FUNCTION_TYPE):
        return True
    w = wrap_function(kind, f)
    if not w:
        return False
    return dict_set(d, k, w)


def best_base(bases: Word) -> Ptr[Type]:
    """The base whose layout a class's instances take (CPython's best_base): the one whose solid base
    derives from the others'; null after TypeError when two solid bases are unrelated."""
    base = null(Type)
    winner = null(Type)
    for i in range(cast(Ptr[Tuple], bases).size):
        b = cast(Ptr[Type], cast(Ptr[Tuple], bases).items[i])
        solid = solid_base(b)
        if not winner or (not is_subtype(winner, solid) and is_subtype(solid, winner)):
            winner = solid
            base = b
        elif not is_subtype(winner, solid):
            raise_msg(TYPE_ERROR, "multiple bases have instance lay-out conflict")
            return null(Type)
    return base


def solid_base(t: Ptr[Type]) -> Ptr[Type]:
    """The nearest of t and its bases that adds fields to its instances (CPython's solid_base): a user
    class whose own __slots__ names attributes, an exception type with fields of its own in CPython
    (has_own_layout); else object."""
    while is_user_type(t):
        if t.slot_names:
            return t
        t = t.base
    if subclassable(t):
        return t
    while t.base and not has_own_layout(t):
        t = t.base
    if not t.base and t != BASE_EXCEPTION:
        return OBJECT_TYPE
    return t


def builtin_base(t: Ptr[Type]) -> Ptr[Type]:
    """The builtin type nearest t in its chain of (best) bases: object, an exception type, or one of those
    builtinsub.py lets classes derive from."""
    while is_user_type(t):
        t = t.base
    return t


def one_tuple(w: Word) -> Word:
    return tuple_from_items(addr(w), 1)


def dict_set_absent(d: Word, key: Ptr[u8], value: Word) -> bool:
    k = str_from_cstr(key)
    if not k:
        return False
    if dict_lookup(d, k):
        return True
    return dict_set(d, k, value)


def cstring_of(s: Word) -> Ptr[u8]:
    """A malloc'd NUL-terminated copy of a str (a class's name lives as long as the class)."""
    p = cast(Ptr[Str], s)
    text = malloc(p.nbytes + 1)
    if text:
        memcpy(text, p.data, p.nbytes)
        text[p.nbytes] = 0
    return text


def mro_size(t: Ptr[Type]) -> i64:
    """The length of t's MRO; a builtin type's is its chain of bases, then object."""
    if t.mro:
        return cast(Ptr[Tuple], t.mro).size
    n: i64 = 1                    # a builtin type's MRO: its chain of bases, then object
    while t and t != OBJECT_TYPE:
        n += 1
        t = t.base
    return n


def mro_at(t: Ptr[Type], i: i64) -> Ptr[Type]:
    if t.mro:
        return cast(Ptr[Type], cast(Ptr[Tuple], t.mro).items[i])
    for k in range(i):
        t = t.base
        if not t:
            return OBJECT_TYPE
    return t


def class_mro(t: Ptr[Type]) -> bool:
    """t.mro: C3 linearization of t's bases (CPython's mro_implementation), or TypeError."""
    bases = cast(Ptr[Tuple], t.bases)
    nb = bases.size
    # The sequences to merge: each base's MRO, then the bases; a head index in each. Types do not
    # move, so plain malloc'd arrays may hold them.
    nseq = nb + 1
    heads = cast(Ptr[i64], calloc(nseq, 8))
    total: i64 = nb + 1
    for i in range(nb):
        total += mro_size(cast(Ptr[Type], bases.items[i]))
    out = cast(Ptr[Word], calloc(total, 8))
    if not heads or not out:
        raise_memory_error()
        return False
    out[0] = cast(Word, t)
    n: i64 = 1
    while True:
        picked = null(Type)
        empty = True
        for i in range(nseq):
            if heads[i] < seq_size(t, i):
                empty = False
                cand = seq_at(t, i, heads[i])
                if not in_some_tail(t, cand, heads):
                    picked = cand
                    break
        if empty:
            break
        if not picked:
            mro_error(t, heads)
            return False
        out[n] = cast(Word, picked)
        n += 1
        for i in range(nseq):
            if heads[i] < seq_size(t, i) and seq_at(t, i, heads[i]) == picked:
                heads[i] += 1
    mro = tuple_new(n)
    if not mro:
        return False
    for i in range(n):
        cast(Ptr[Tuple], mro).items[i] = out[i]
    t.mro = mro
    return True


def seq_size(t: Ptr[Type], i: i64) -> i64:
    bases = cast(Ptr[Tuple], t.bases)
    if i == bases.size:
        return bases.size
    return mro_size(cast(Ptr[Type], bases.items[i]))


def seq_at(t: Ptr[Type], i: i64, k: i64) -> Ptr[Type]:
    bases = cast(Ptr[Tuple], t.bases)
    if i == bases.size:
        return cast(Ptr[Type], bases.items[k])
    return mro_at(cast(Ptr[Type], bases.items[i]), k)


def in_some_tail(t: Ptr[Type], cand: Ptr[Type], heads: Ptr[i64]) -> bool:
    for i in range(cast(Ptr[Tuple], t.bases).size + 1):
        for k in range(heads[i] + 1, seq_size(t, i)):
            if seq_at(t, i, k) == cand:
                return True
    return False


def mro_error(t: Ptr[Type], heads: Ptr[i64]) -> None:
    """CPython's set_mro_error: the distinct heads left, in order."""
    b = str_builder_new()
    if not b:
        raise_memory_error()
        return
    str_builder_add_cstr(b, "Cannot create a consistent method resolution\norder (MRO) for bases ")
    nseq = cast(Ptr[Tuple], t.bases).size + 1
    first = True
    for i in range(nseq):
        if heads[i] < seq_size(t, i):
            cand = seq_at(t, i, heads[i])
            seen = False
            for j in range(i):
                if heads[j] < seq_size(t, j) and seq_at(t, j, heads[j]) == cand:
                    seen = True
            if not seen:
                if not first:
                    str_builder_add_cstr(b, ", ")
                str_builder_add_cstr(b, cand.name)
                first = False
    text = str_builder_finish(b)
    if text:
        raise_message(TYPE_ERROR, "", "", "", text, "", "", "", "")


# -- looking attributes up -----------------------------------------------------------------------

def type_lookup(t: Ptr[Type], name: Word) -> Word:
    """name in the dicts of t's MRO (CPython's _PyType_Lookup), or the null Word."""
    for i in range(mro_size(t)):
        v = class_own(mro_at(t, i), name)
        if v:
            return v
    return cast(Word, 0)


def class_own(c: Ptr[Type], name: Word) -> Word:
    """name in one class of an MRO: a user class's dict, or object's methods (dunders.py)."""
    if is_user_type(c):
        v = dict_lookup(c.dict, name)
        if not v and pending:
            clear()
        return v
    if c == OBJECT_TYPE or is_exception_type(c) or c == IO_BASE or subclassable(c):   # (IO_BASE: a file's __enter__, __exit__)
        m = c.methods                   # its own, not its bases': they come later in the MRO
        while m:
            if name_is(name, m.name):
                return cast(Word, m)
            m = m.next_method
    if c == TYPE_TYPE:
        return type_own(name)             # type.__new__, __init__, __call__, for metaclasses
    return cast(Word, 0)


def map_index(m: Word, name: Word) -> i64:
    """The slot of the attribute name in the map m, or -1."""
    p = cast(Ptr[Map], m)
    for i in range(p.count):
        if p.names[i] == name:
            return i
    for i in range(p.count):
        if str_eq(p.names[i], name):
            return i
    return -1


def instance_slot(p: Ptr[Instance], k: i64) -> Word:
    if k < p.size:
        return p.slots[k]
    return list_array(cast(Ptr[List], p.attrs)).items[k - p.size]


def instance_own(obj: Word, name: Word) -> Word:
    """The instance attribute name, or the null Word."""
    p = cast(Ptr[Instance], obj)
    if p.map:
        k = map_index(p.map, name)
        if k < 0:
            return cast(Word, 0)
        return instance_slot(p, k)
    if not p.attrs:
        return cast(Word, 0)
    v = dict_lookup(p.attrs, name)
    if not v and pending:
        clear()
    return v


def instance_getattr(obj: Word, name: Word) -> Word:
    """The getattr slot of user classes without __getattribute__: the generic lookup, then
    __getattr__ when it finds nothing or raises AttributeError."""
    v = generic_getattr(obj, name)
    if v:
        return v
    return getattr_fallback(obj, name)


def generic_getattr(obj: Word, name: Word) -> Word:
    """object.__getattribute__ for instances of user classes: the instance's own attribute, else the
    class's (a function bound to the instance), else __class__ and __dict__; null with nothing
    pending when none."""
    if name_is(name, "__class__"):
        return cast(Word, as_object(obj).type)
    if name_is(name, "__dict__") and not as_object(obj).type.slotted:
        if has_slot_names(as_object(obj).type):
            return raise_not_supported("the __dict__ of an instance whose class has __slots__ and a __dict__", "", "")
        return instance_dict(obj)
    if data_descriptors:
        attr = type_lookup(as_object(obj).type, name)
        if attr and type_of_value(attr).descr_set:      # a data descriptor wins over the instance
            return bind(attr, obj)
    v = instance_own(obj, name)
    if v:
        return v
    v = bind(type_lookup(as_object(obj).type, name), obj)
    w = as_object(obj).type.wrapped
    if not v and not pending and w and w.getattr:
        return w.getattr(cast(Ptr[Instance], obj).value, name)     # int's real, numerator, ...
    return v


def default_getattr(t: Ptr[Type]) -> bool:
    """t's instances find attributes by the generic lookup alone (no __getattribute__, __getattr__):
    a lookup that runs no code can stand for it."""
    return t.getattr == instance_getattr and not type_lookup(t, GETATTR_NAME)


def instance_finds(obj: Word, name: Word) -> bool:
    """Whether obj (an instance of a user class) has the attribute in itself or its class, found
    without running any code (a property's getter, __getattr__): what CHECK_METHOD asks, so that the
    method call after it looks the attribute up once, as CPython's LOAD_METHOD."""
    return instance_own(obj, name) != cast(Word, 0) or type_lookup(as_object(obj).type, name) != cast(Word, 0)


def getattr_fallback(obj: Word, name: Word) -> Word:
    """After a lookup that found nothing (null, nothing pending) or raised AttributeError:
    obj.__getattr__(name) when obj's class defines it (CPython's slot_tp_getattr_hook); else the null
    Word, the error still pending."""
    exc = pending
    if exc and not is_subtype(as_object(exc).type, ATTRIBUTE_ERROR):
        return cast(Word, 0)
    clear()                     # the lookup clears what it finds pending; it allocates nothing
    f = type_lookup(as_object(obj).type, GETATTR_NAME)
    if not f:
        set_pending(exc)
        return f
    return call_found_with(f, obj, name)


def object_getattr(obj: Word, name: Word) -> Word:
    """The getattr slot of object()."""
    if name_is(name, "__class__"):
        return cast(Word, as_object(obj).type)
    return cast(Word, 0)


def bind(attr: Word, obj: Word) -> Word:
    """A class attribute as seen from an instance: a function becomes a bound method, and so does one
    of object's methods; a descriptor gives what its descr_get slot gives (__get__)."""
    if not attr:
        return attr
    if has_type(attr, FUNCTION_TYPE):
        return method_new(attr, obj)
    if has_type(attr, type_of(BuiltinFunction)):
        m = cast(Ptr[BuiltinFunction], attr)
        if m.call and type_of_value(obj).wrapped:
            c = class_method(type_of_value(obj), m)           # D().fromkeys(...): a D
            if c or pending:
                return c
        if not m.method or m.call or m.bound_self:
            return attr                  # a builtin function, or one already bound: not a descriptor
        if m.owner and not is_subtype(type_of_value(obj), m.owner):
            return raise_unbound_method(m, addr(obj), 1)     # str.upper stored in a class: A().up
        return bound_method_new(obj, m)
    get = type_of_value(attr).descr_get
    if get:
        return get(attr, obj, cast(Word, type_of_value(obj)))
    return attr


def class_attr(t: Ptr[Type], attr: Word) -> Word:
    """A class attribute read from the class t: a descriptor's descr_get with no instance."""
    if attr == cast(Word, OBJECT_INIT_SUBCLASS):          # object's class method
        return bound_method_new(cast(Word, t), OBJECT_INIT_SUBCLASS)
    if attr and t.wrapped and has_type(attr, type_of(BuiltinFunction)):
        c = class_method(t, cast(Ptr[BuiltinFunction], attr))       # D.fromkeys(...): a D
        if c or pending:
            return c
    if attr:
        get = type_of_value(attr).descr_get
        if get:
            return get(attr, cast(Word, 0), cast(Word, t))
    return attr


def instance_dict(obj: Word) -> Word:
    """obj.__dict__: the instance moves to dict mode, its attributes into a dict."""
    p = cast(Ptr[Instance], obj)
    if not p.map:
        if not p.attrs:
            d = dict_new()
            if not d:
                return d
            p.attrs = d
        return p.attrs
    d = dict_presized(cast(Ptr[Map], p.map).count)
    if not d:
        return d
    for k in range(cast(Ptr[Map], p.map).count):
        if not dict_set(d, cast(Ptr[Map], p.map).names[k], instance_slot(p, k)):
            return cast(Word, 0)
    p.map = cast(Word, 0)
    p.attrs = d
    for k in range(p.size):
        p.slots[k] = cast(Word, 0)
    return d


def map_add(m: Word, name: Word) -> Word:
    """The map of m's attributes and then name: m's transition for name, made on first use."""
    if cast(Ptr[Map], m).transitions:
        found = dict_lookup(cast(Ptr[Map], m).transitions, name)
        if found:
            return found
        if pending:
            return found
    n = cast(Ptr[Map], m).count
    added = new(Map, n + 1)
    if not added:
        return cast(Word, 0)
    for k in range(n):
        added.names[k] = cast(Ptr[Map], m).names[k]
    added.names[n] = name
    if not cast(Ptr[Map], m).transitions:
        d = dict_new()
        if not d:
            return d
        cast(Ptr[Map], m).transitions = d
    if not dict_set(cast(Ptr[Map], m).transitions, name, cast(Word, added)):
        return cast(Word, 0)
    return cast(Word, added)


def instance_setattr(obj: Word, name: Word, value: Word) -> bool:
    """The setattr slot of user classes without __setattr__ or __delattr__, and object.__setattr__
    (value 0: del)."""
    if name_is(name, "__class__") or name_is(name, "__dict__"):
        raise_not_supported("assigning __class__ or __dict__", "", "")
        return False
    if data_descriptors:
        attr = type_lookup(as_object(obj).type, name)
        if attr:
            setter = type_of_value(attr).descr_set
            if setter:
                return setter(attr, obj, value)
    p = cast(Ptr[Instance], obj)
    if not value:
        if p.map and map_index(p.map, name) < 0:
            return no_attribute_to_delete(obj, name)
        d = instance_dict(obj)
        if not d:
            return False
        i = dict_index(d, name)
        if i < 0:
            if i == -1:
                return no_attribute_to_delete(obj, name)
            return False
        dict_remove_at(d, i)
        return True
    if as_object(obj).type.slotted and not slot_allows(obj, name):
        return False
    if not p.map:
        if not p.attrs:
            d = dict_new()
            if not d:
                return False
            p.attrs = d
        return dict_set(p.attrs, name, value)
    k = map_index(p.map, name)
    if k < 0:
        m = map_add(p.map, name)
        if not m:
            return False
        k = cast(Ptr[Map], m).count - 1
        if k >= p.size:
            if not p.attrs:
                extra = list_new(4)
                if not extra:
                    return False
                p.attrs = extra
            if not list_append(p.attrs, value):
                return False
        p.map = m
    if k < p.size:
        p.slots[k] = value
    else:
        list_array(cast(Ptr[List], p.attrs)).items[k - p.size] = value
    return True


def slot_allows(obj: Word, name: Word) -> bool:
    """Whether an instance of a class with __slots__ (and no __dict__) may be given the attribute
    name; False after CPython's AttributeError."""
    t = as_object(obj).type
    if is_slot_name(t, name):
        return True
    if type_lookup(t, name):
        raise_message(ATTRIBUTE_ERROR, "'", t.name, "' object attribute '", name, "' is read-only", "", "", "")
        return False
    return no_attribute(obj, name)


def no_attribute(obj: Word, name: Word) -> bool:
    raise_message(ATTRIBUTE_ERROR, "'", as_object(obj).type.name, "' object has no attribute '", name, "'", "", "", "")
    return False


def no_attribute_to_delete(obj: Word, name: Word) -> bool:
    """del of an attribute obj lacks; an unset slot's AttributeError is only its name (CPython's member
    descriptor)."""
    if is_slot_name(as_object(obj).type, name):
        raise_message(ATTRIBUTE_ERROR, "", "", "", name, "", "", "", "")
        return False
    return no_attribute(obj, name)


# -- class objects as values -------------------------------------------------------------------

def user_type_get_attr(t: Ptr[Type], name: Word) -> Word:
    """An attribute of a user class (the getattr slot of type); null with nothing pending: none."""
    meta = as_object(cast(Word, t)).type
    if meta != TYPE_TYPE:
        m = type_lookup(meta, name)
        if m and type_of_value(m).descr_set:
            return bind(m, cast(Word, t))         # a data descriptor of the metaclass comes first (type_getattro)
    if name_is(name, "__dict__"):
        return mappingproxy_new(t.dict)     # read-only: a change must go through the class (its version)
    if name_is(name, "__mro__"):
        return t.mro
    if name_is(name, "__bases__"):
        return t.bases
    if name_is(name, "__base__"):
        return cast(Word, t.base)
    if name_is(name, "__qualname__"):
        return t.qualname
    v = class_attr(t, type_lookup(t, name))
    if not v and not pending and meta != TYPE_TYPE:
        v = bind(type_lookup(meta, name), cast(Word, t))      # the metaclass's methods, properties, ...
    if not v and not pending and is_slot_name(t, name):
        return raise_not_supported("the member descriptors of __slots__ (a class's slot attribute)", "", "")
    return v


def builtin_type_get_attr(t: Ptr[Type], name: Word) -> Word:
    """__mro__, __bases__ and __base__ of a builtin type (object, int, ...)."""
    if name_is(name, "__mro__"):
        n = mro_size(t)
        mro = tuple_new(n)
        if not mro:
            return mro
        for k in range(n):
            cast(Ptr[Tuple], mro).items[k] = cast(Word, mro_at(t, k))
        return mro
    if name_is(name, "__base__"):
        if t == OBJECT_TYPE:
            return none_word()
        if t.base:
            return cast(Word, t.base)
        return cast(Word, OBJECT_TYPE)
    if name_is(name, "__bases__"):
        if t == OBJECT_TYPE:
            return tuple_new(0)
        if t.base:
            return one_tuple(cast(Word, t.base))
        return one_tuple(cast(Word, OBJECT_TYPE))
    if name_is(name, "__hash__") and t.hash == hash_not_implemented:
        return none_word()                             # list.__hash__: unhashable
    if t == OBJECT_TYPE or t == TYPE_TYPE:
        return class_attr(t, class_own(t, name))       # object.__init__, ...; __init_subclass__ bound; type.__new__
    if is_exception_type(t):
        return class_attr(t, type_lookup(t, name))     # Exception.__init__, ...
    return cast(Word, 0)


def user_type_setattr(t: Ptr[Type], name: Word, value: Word) -> bool:
    """A.name = value, del A.name: the class's dict changes, and so its version tag and its subclasses'
    (and their slots, for a dunder). What the class keeps in its own fields is not in its dict: a
    store there would be lost."""
    if name_is(name, "__mro__") or name_is(name, "__base__"):
        raise_msg(ATTRIBUTE_ERROR, "readonly attribute")
        return False
    if name_is(name, "__dict__"):
        raise_msg(ATTRIBUTE_ERROR, "attribute '__dict__' of 'type' objects is not writable")
        return False
    if name_is(name, "__bases__") or name_is(name, "__name__") or name_is(name, "__qualname__"):
        raise_not_supported("assigning or deleting a class's __bases__, __name__ or __qualname__", "", "")
        return False
    meta = as_object(cast(Word, t)).type
    if meta != TYPE_TYPE:
        m = type_lookup(meta, name)
        if m and type_of_value(m).descr_set:
            return type_of_value(m).descr_set(m, cast(Word, t), value)      # the metaclass's data descriptor
    if value:
        if not dict_set(t.dict, name, value):
            return False
    else:
        i = dict_index(t.dict, name)
        if i < 0:
            if i == -1:
                raise_message(ATTRIBUTE_ERROR, "type object '", t.name, "' has no attribute '", name, "'", "", "", "")
            return False
        dict_remove_at(t.dict, i)
    bump_version(t, is_dunder(name))
    return True


def is_dunder(name: Word) -> bool:
    p = cast(Ptr[Str], name)
    n = p.nbytes
    return n > 4 and p.data[0] == 95 and p.data[1] == 95 and p.data[n - 1] == 95 and p.data[n - 2] == 95


def user_type_repr(t: Ptr[Type]) -> Word:
    """<class '__main__.A'>: the module (but builtins) and the qualified name."""
    b = str_builder_new()
    if not b:
        return raise_memory_error()
    str_builder_add_cstr(b, "<class '")
    add_class_name(b, t, True)
    str_builder_add_cstr(b, "'>")
    return str_builder_finish(b)


def add_class_name(b: Ptr[StrBuilder], t: Ptr[Type], in_main: bool) -> None:
    """The class's qualified name after its module but builtins (and __main__ unless in_main)."""
    module = dict_lookup(t.dict, str_from_cstr("__module__"))
    if module and is_str(module) and not name_is(module, "builtins") and (in_main or not name_is(module, "__main__")):
        str_builder_add_str(b, module)
        str_builder_add_cstr(b, ".")
    str_builder_add_str(b, t.qualname)


def exception_type_text(exc: Word) -> Word:
    """The name that starts the last line of a traceback: a builtin type's, or a user class's as
    CPython's printer writes it (qualified, after its module but builtins and __main__)."""
    t = as_object(exc).type
    if not is_user_type(t):
        return str_from_cstr(t.name)
    b = str_builder_new()
    if not b:
        return raise_memory_error()
    add_class_name(b, t, False)
    return str_builder_finish(b)


def instance_repr(obj: Word) -> Word:
    """<__main__.A object at 0x...>."""
    b = str_builder_new()
    if not b:
        return raise_memory_error()
    str_builder_add_cstr(b, "<")
    add_class_name(b, as_object(obj).type, True)
    str_builder_add_cstr(b, " object at ")
    str_builder_add_hex(b, cast(u64, obj))
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


# -- calling ------------------------------------------------------------------------------------

def call_with_self(f: Word, obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f(obj, *args): a method called without a bound method object."""
    area = area_push(n + 1)
    if not area:
        return raise_memory_error()
    area[0] = obj
    for i in range(n):
        area[i + 1] = args[i]
    r = call_object(f, area, n + 1, kwnames)
    area_pop(area)
    return r


def instance_new(t: Ptr[Type]) -> Word:
    p = new(Instance, t.instance_slots)
    if not p:
        return cast(Word, 0)
    p.type = t
    p.map = t.root_map
    return cast(Word, p)


def class_call(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """A(*args): __new__ (object's, or the class's), then __init__ on an instance of A. Both are
    looked up in the MRO once per version of the class (it changes with the class and its bases)."""
    if t.found_version != t.version or t.found_version == u64(0):
        new_f = type_lookup(t, NEW_NAME)
        if new_f == cast(Word, OBJECT_NEW) and not t.new_overridden:
            new_f = cast(Word, 0)           # object.__new__: made here (but after a del of __new__: CPython's checks)
        init = type_lookup(t, INIT_NAME)
        if init == cast(Word, find_method(OBJECT_TYPE, INIT_NAME)):
            init = cast(Word, 0)            # object.__init__: nothing to do
        t.new_found = new_f
        t.init_found = init
        t.found_version = t.version
    new_f = t.new_found
    init = t.init_found
    obj = cast(Word, 0)
    if new_f:
        if has_type(new_f, STATICMETHOD_TYPE):
            new_f = cast(Ptr[StaticMethod], new_f).func
        obj = call_with_self(new_f, cast(Word, t), args, n, kwnames)     # a function, type.__new__, ...
        if not obj:
            return obj
        if not is_subtype(type_of_value(obj), t):
            return obj                      # not an instance of t: no __init__ (CPython's type_call)
    else:
        if n > 0 and not init:
            return raise_text(TYPE_ERROR, t.name, "() takes no arguments", "", "", "")
        obj = instance_new(t)
        if not obj:
            return obj
    if init:
        return call_init(init, obj, args, n, kwnames)
    return obj


def call_init(init: Word, obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """obj.__init__(*args) with the __init__ found on its class: obj, or the null Word after raising."""
    r = call_found(init, obj, args, n, kwnames)
    if not r:
        return r
    if r != none_word():
        return raise_text(TYPE_ERROR, "__init__() should return None, not '", type_of_value(r).name, "'", "", "")
    return obj


def object_call(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """object()."""
    if n > 0:
        return raise_msg(TYPE_ERROR, "object() takes no arguments")
    p = new(Instance, 0)
    return cast(Word, p)


def instance_call_method(obj: Word, name: Word, args: Ptr[Word], n: i64) -> Word:
    """obj.name(*args) for an instance of a user class: a function found on the class (and not
    shadowed by the instance) is called with obj first, without a bound method; the null Word with
    nothing pending when the attribute is something else (the caller gets it and calls it)."""
    t = as_object(obj).type
    if not default_getattr(t):
        return cast(Word, 0)
    f = type_lookup(t, name)
    if not f or instance_own(obj, name):
        return cast(Word, 0)
    if has_type(f, FUNCTION_TYPE):
        return call_with_self(f, obj, args, n, cast(Word, 0))
    if value_method(t, f):
        return cast(Ptr[BuiltinFunction], f).method(cast(Ptr[Instance], obj).value, args, n, cast(Word, 0))
    return cast(Word, 0)


# -- bound methods ----------------------------------------------------------------------------

def method_new(f: Word, obj: Word) -> Word:
    m = new(Method)
    if not m:
        return cast(Word, 0)
    m.func = f
    m.obj = obj
    return cast(Word, m)


def method_invoke(m: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return call_with_self(cast(Ptr[Method], m).func, cast(Ptr[Method], m).obj, args, n, kwnames)


def method_getattr(m: Word, name: Word) -> Word:
    """a.f.NAME: __self__ and __func__, else the function's attribute (__name__, __doc__, ...; its
    AttributeError names 'function'), as CPython's method_getattro."""
    if name_is(name, "__self__"):
        return cast(Ptr[Method], m).obj
    if name_is(name, "__func__"):
        return cast(Ptr[Method], m).func
    if name_is(name, "__class__"):
        return cast(Word, 0)
    return get_attr(cast(Ptr[Method], m).func, name)


def method_hash(m: Word, out: Ptr[i64]) -> bool:
    """hash(a.f): by its object's identity and its function (CPython's method_hash)."""
    f: i64 = 0
    if not hash_of(cast(Ptr[Method], m).func, addr(f)):
        return False
    return bound_hash(cast(Ptr[Method], m).obj, f, out)


def method_compare(a: Word, b: Word, op: i64) -> Word:
    """a.f == a.f: bound to the same object (identity), of the same function (CPython's method_richcompare)."""
    is_method = has_type(b, METHOD_TYPE)
    x = cast(Ptr[Method], a)
    y = cast(Ptr[Method], b)
    return bound_compare(is_method and x.obj == y.obj and x.func == y.func, is_method, op)


def method_repr(m: Word) -> Word:
    """<bound method A.f of <__main__.A object at 0x...>>."""
    from_repr = repr_of(cast(Ptr[Method], m).obj)
    if not from_repr:
        return from_repr
    b = str_builder_new()
    if not b:
        return raise_memory_error()
    str_builder_add_cstr(b, "<bound method ")
    str_builder_add_cstr(b, cast(Ptr[Function], cast(Ptr[Method], m).func).code.qualname)
    str_builder_add_cstr(b, " of ")
    str_builder_add_str(b, from_repr)
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


# -- super --------------------------------------------------------------------------------------

def super_call(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """super(type, obj); super() is compiled as super(__class__, <first argument>) (frontend)."""
    if n == 0:
        # What the front end left as super(): the calling function has no __class__ cell, or no arguments.
        record = chain
        while record and (record[1] & FRAME_FLAG) == 0:
            record = cast(Ptr[i64], record[0])
        if record and cast(Ptr[Code], record[2]).nparams == 0:
            return raise_msg(RUNTIME_ERROR, "super(): no arguments")
        return raise_msg(RUNTIME_ERROR, "super(): __class__ cell not found")
    if n != 2:
        return raise_not_supported("super() with one argument", "", "")
    if not is_type_object(args[0]):
        return raise_text(TYPE_ERROR, "super() argument 1 must be a type, not ", type_of_value(args[0]).name, "", "", "")
    start = cast(Ptr[Type], args[0])
    obj = args[1]
    if not is_subtype(type_of_value(obj), start) and not (is_type_object(obj) and is_subtype(cast(Ptr[Type], obj), start)):
        return raise_msg(TYPE_ERROR, "super(type, obj): obj must be an instance or subtype of type")
    s = new(Super)
    if not s:
        return cast(Word, 0)
    s.thistype = args[0]
    s.obj = args[1]
    return cast(Word, s)


def super_getattr(s: Word, name: Word) -> Word:
    """The attribute of the classes after thistype in the MRO of obj's class."""
    if name_is(name, "__class__"):
        return cast(Word, SUPER_TYPE)
    obj = cast(Ptr[Super], s).obj
    start = cast(Ptr[Type], cast(Ptr[Super], s).thistype)
    t = type_of_value(obj)
    instance = True
    if is_type_object(obj) and is_subtype(cast(Ptr[Type], obj), start):
        t = cast(Ptr[Type], obj)
        instance = False
    v = super_lookup(t, start, name)
    if not v:
        return v
    if instance:
        return bind(v, obj)
    return class_attr(cast(Ptr[Type], obj), v)


def super_lookup(t: Ptr[Type], start: Ptr[Type], name: Word) -> Word:
    """name in the classes after start in t's MRO, or the null Word."""
    found = False
    for i in range(mro_size(t)):
        c = mro_at(t, i)
        if found:
            v = class_own(c, name)
            if v:
                return v
        if c == start:
            found = True
    return cast(Word, 0)


# -- the class statement --------------------------------------------------------------------------

def build_class(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """__build_class__(body, name, *bases, metaclass=type): the class statement. The front end compiles
    the class body as a function of one parameter, the namespace it fills (frontend/compiler.py)."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    if npos < 2:
        return raise_msg(TYPE_ERROR, "__build_class__: not enough arguments")
    if not has_type(args[0], FUNCTION_TYPE):
        return raise_msg(TYPE_ERROR, "__build_class__: func must be a function")
    if not is_str(args[1]):
        return raise_msg(TYPE_ERROR, "__build_class__: name is not a string")
    meta = cast(Word, 0)
    for k in range(nkw):
        if name_is(kw_name(kwnames, k), "metaclass"):
            meta = args[npos + k]
    bases = tuple_from_items(args + 2, npos - 2)
    if not bases:
        return bases
    meta = most_derived_metaclass(meta, bases)
    if not meta:
        return meta
    if meta != cast(Word, TYPE_TYPE):
        return call_metaclass(meta, args, n, kwnames, bases)
    body = args[0]
    name = args[1]
    ns = dict_new()
    if not ns:
        return ns
    r = call_object(body, addr(ns), 1, cast(Word, 0))
    if not r:
        return r
    t = class_new(name, bases, ns, cast(Ptr[Function], body).code.instance_slots)
    if not t or not init_subclass(cast(Ptr[Type], t), args + npos, nkw, kwnames):
        return cast(Word, 0)
    return t


def most_derived_metaclass(meta: Word, bases: Word) -> Word:
    """The metaclass of a class statement (CPython's _PyType_CalculateMetaclass): the one given (type
    when none), or the most derived of its bases' types; TypeError when they conflict. A metaclass
    that is not a type (a function) is called as it is."""
    if not meta:
        meta = cast(Word, TYPE_TYPE)
    if not is_type_object(meta):
        return meta
    winner = cast(Ptr[Type], meta)
    for i in range(cast(Ptr[Tuple], bases).size):
        bt = type_of_value(cast(Ptr[Tuple], bases).items[i])
        if is_subtype(winner, bt):
            continue
        if is_subtype(bt, winner):
            winner = bt
            continue
        return raise_msg(TYPE_ERROR, "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases")
    return cast(Word, winner)


def call_metaclass(meta: Word, args: Ptr[Word], n: i64, kwnames: Word, bases: Word) -> Word:
    """The class statement with a metaclass: the body fills meta.__prepare__(name, bases, **kw) (a dict),
    then meta(name, bases, ns, **kw) makes the class (args: body, name, bases..., keywords)."""
    nkw = kw_count(kwnames)
    area = area_push(nkw + 4)         # name, bases, the keywords, ns (meta's arguments are name, bases, ns, keywords)
    if not area:
        return raise_memory_error()
    area[0] = args[1]
    area[1] = bases
    kept: i64 = 0
    names = keywords_but_metaclass(args + n - nkw, nkw, kwnames, area + 2, addr(kept))
    r = cast(Word, 0)
    if kept == 0 or names:
        area[kept + 2] = dict_new()
        prepare = cast(Word, 0)
        if is_type_object(meta):
            prepare = class_attr(cast(Ptr[Type], meta), type_lookup(cast(Ptr[Type], meta), PREPARE_NAME))
            if prepare:
                area[kept + 2] = call_builtin(prepare, area, 2 + kept, names)      # __prepare__(name, bases, **kw)
        # meta(name, bases, ns, **kw): the namespace moves before the keywords
        ns = area[kept + 2]
        k = kept
        while k > 0:
            area[k + 2] = area[k + 1]
            k -= 1
        area[2] = ns
        if area[2] and not has_type(area[2], DICT_TYPE):
            raise_not_supported("a __prepare__ returning something else than a dict", "", "")
            area[2] = cast(Word, 0)
        if area[2] and call_object(args[0], area + 2, 1, cast(Word, 0)):
            r = call_builtin(meta, area, 3 + kept, names)
    area_pop(area)
    return r


def keywords_but_metaclass(kw: Ptr[Word], nkw: i64, kwnames: Word, out: Ptr[Word], count: Ptr[i64]) -> Word:
    """The class keywords but metaclass: their values into out (a root area), their count into *count,
    and their names (a tuple; 0 when none)."""
    kept: i64 = 0
    for k in range(nkw):
        if not name_is(kw_name(kwnames, k), "metaclass"):
            out[kept] = kw[k]
            kept += 1
    count[0] = kept
    if kept == 0:
        return cast(Word, 0)
    names = tuple_new(kept)
    if not names:
        return names
    kept = 0
    for k in range(nkw):
        if not name_is(kw_name(kwnames, k), "metaclass"):
            cast(Ptr[Tuple], names).items[kept] = kw_name(kwnames, k)
            kept += 1
    return names


def init_subclass(t: Ptr[Type], kw: Ptr[Word], nkw: i64, kwnames: Word) -> bool:
    """The class statement's last step (CPython's init_subclass): super(t, t).__init_subclass__(**kw)
    with the class keywords but metaclass (kw: their values, in a root area, named by kwnames)."""
    area = area_push(nkw + 1)
    if not area:
        raise_memory_error()
        return False
    kept: i64 = 0
    names = keywords_but_metaclass(kw, nkw, kwnames, area, addr(kept))
    r = cast(Word, 0)
    f = cast(Word, 0)
    if kept == 0 or names:
        f = class_attr(t, super_lookup(t, t, INIT_SUBCLASS_NAME))
    if f:
        r = call_builtin(f, area, kept, names)
    area_pop(area)
    return r != cast(Word, 0)


def type_new(name: Word, bases: Word, ns: Word) -> Word:
    """type(name, bases, ns)."""
    if has_type(bases, type_of(Tuple)):
        meta = most_derived_metaclass(cast(Word, 0), bases)
        if not meta:
            return meta
        if meta != cast(Word, TYPE_TYPE):         # a base's metaclass makes it (CPython's type_new)
            area = area_push(3)
            if not area:
                return raise_memory_error()
            area[0] = name
            area[1] = bases
            area[2] = ns
            r = class_call(cast(Ptr[Type], meta), area, 3, cast(Word, 0))
            area_pop(area)
            return r
    if not is_str(name):
        return raise_text(TYPE_ERROR, "type.__new__() argument 1 must be str, not ", type_of_value(name).name, "", "", "")
    if not has_type(bases, type_of(Tuple)):
        return raise_text(TYPE_ERROR, "type.__new__() argument 2 must be tuple, not ", type_of_value(bases).name, "", "", "")
    if not has_type(ns, DICT_TYPE):
        return raise_text(TYPE_ERROR, "type.__new__() argument 3 must be dict, not ", type_of_value(ns).name, "", "", "")
    return make_class(TYPE_TYPE, name, bases, ns, null(Word), 0, cast(Word, 0))


def make_class(meta: Ptr[Type], name: Word, bases: Word, ns: Word, kw: Ptr[Word], nkw: i64, kwnames: Word) -> Word:
    """type.__new__(meta, name, bases, ns, **kw): a class whose type is meta, its __init_subclass__
    called with the keywords."""
    ns = dict_copy(ns)
    if not ns or not dict_set_absent(ns, "__module__", str_from_cstr("__main__")):     # the caller's __name__: a script's
        return cast(Word, 0)
    t = class_new(name, bases, ns, 0)
    if not t:
        return t
    cast(Ptr[Type], t).type = meta
    if not init_subclass(cast(Ptr[Type], t), kw, nkw, kwnames):
        return cast(Word, 0)
    return t


def namespace_load(ns: Word, name: Word) -> Word:
    """LOAD_NAME, LOAD_CLASSDEREF: name in a class body's namespace, or the null Word (its keys are
    strs: nothing raises)."""
    v = dict_lookup(ns, name)
    if not v and pending:
        clear()
    return v


def namespace_delete(ns: Word, name: Word, text: Ptr[u8]) -> bool:
    """DELETE_NAME: NameError when the class body's namespace lacks name."""
    i = dict_index(ns, name)
    if i < 0:
        if i == -1:
            name_error(text)
        return False
    dict_remove_at(ns, i)
    return True
