"""Builtin functions, the constructors of the builtin types, and the methods of lists.

A builtin function is a static BuiltinFunction the JIT loads by symbol (PRINT,
LEN, ...: bytecode/opcodes.py lists them; runtime.builtin_table.load_builtin finds them by name). Its `call` takes the arguments (a
pointer into a GC root area), their count n, and kwnames: 0, or a tuple of
str naming the last len(kwnames) of the n arguments, which are passed by
keyword. The builtin types (int, float, str, bool, tuple, list, range, type)
are their Type descriptors, called through Type.call (filled in init()).

A method (list.append) is a static BuiltinFunction with `method` set; reading
it as an attribute makes a bound copy with `bound_self` set, which is what
CPython shows as <built-in method append of list object at ...>.
call_builtin calls all of these.

Not like CPython yet:
- int(text, base) reads ASCII digits only for bases other than 10.
- pow() takes its arguments by position only.
- str() does not decode bytes (there are none yet).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import (Object, Type, BuiltinFunction, BoolObject, NoneObject, NONE, NOT_IMPLEMENTED, add_method, is_small, small_value, small,
                                 fits_small, as_object, none_word, bool_word, has_type)
from pyvm.runtime.intobj import (BigInt, as_int, big, sign_of, int_add, int_sub, int_mul, int_floordiv, int_mod,
                                 int_divmod, int_pow, int_neg, int_abs, int_lshift, int_rshift, int_and,
                                 int_compare, int_eq, int_from_i64, int_to_i64, int_to_double, int_from_double,
                                 int_from_str, int_to_decimal)
from pyvm.runtime.floatobj import Float, float_new, float_value, float_abs, python_floordiv, python_mod
from pyvm.runtime.float_parse import float_from_text, str_to_ascii
from pyvm.runtime.strobj import (Str, str_from_cstr, str_empty, str_repr, str_from_code_point, str_byte_offset,
                                 str_substring, utf8_decode, str_new_utf8)
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.bytesobj import is_bytes_like, byte_data, byte_size, text_argument, decode_bytes
from pyvm.runtime.listobj import (List, WordArray, list_new, list_append, list_pop, list_insert, list_array,
                                  list_resize, list_clear)
from pyvm.runtime.rangeobj import Range, range_new
from pyvm.runtime.errors import (raise_not_supported,
                                 ExceptionObject, raise_msg, raise_text, raise_message, raise_memory_error, clear, message,
                                 decimal_text, pending, TYPE_ERROR, VALUE_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
                                 ATTRIBUTE_ERROR, STOP_ITERATION, raise_with_str)
from pyvm.runtime.writer import writer_write_cstr, writer_flush, check_written, write_text
from pyvm.runtime.sysmodule import FileObject, STDOUT, file_write, file_flush, int_max_str_digits, INT_MAX_STR_DIGITS_THRESHOLD
from pyvm.runtime.function import call_object
from pyvm.runtime.fileobj import builtin_open, builtin_input
from pyvm.runtime.dirlist import builtin_dir
from pyvm.runtime.dictobj import DICT_TYPE
from pyvm.runtime.setobj import SET_TYPE, FROZENSET_TYPE
from pyvm.runtime.formatting import builtin_format, builtin_ascii, format_value
from pyvm.runtime.descrobj import PROPERTY_TYPE, CLASSMETHOD_TYPE, STATICMETHOD_TYPE
from pyvm.runtime.classobj import OBJECT_TYPE, SUPER_TYPE, Instance, build_class, type_new, is_user_type
from pyvm.runtime.dunders import user_int, user_float, user_round
from pyvm.runtime.builtinsub import unwrap, call_with_value
from pyvm.runtime.sort import list_sort_method, builtin_sorted, reverse_range
from pyvm.runtime.itertypes import (Enumerate, Reversed, Zip, Map, Filter, builtin_any, builtin_all, builtin_next,
                                     builtin_iter)
from pyvm.gc.identity import identity_of
from pyvm.runtime.ops import (get_attr, call_method, is_slot_name, identity_hash, bound_hash, bound_compare, set_attr, del_attr, type_of_value, type_name, num_kind, is_int, is_str, is_type_object, is_subtype,
                              index_value, number_index, binary_op, truthy, rich_compare, repr_of, str_of, length, get_iter,
                              iter_next, list_extend, list_from_iterable, tuple_from_iterable, values_equal,
                              items_equal, hash_of, seq_size, seq_item, int_truediv, tuple_from_list, to_double,
                              int_bit_length, KIND_INT, KIND_FLOAT, KIND_OTHER, OP_ADD, OP_POW, CMP_LT, CMP_GT, UNARY_ABS,
                              INT_TYPE, BOOL_TYPE, FLOAT_TYPE, STR_TYPE, TUPLE_TYPE, LIST_TYPE, RANGE_TYPE,
                              TYPE_TYPE, BUILTIN_TYPE, FILE_TYPE)


PRINT = static(BuiltinFunction, name="print", call=builtin_print)
LEN = static(BuiltinFunction, name="len", call=builtin_len)
ABS = static(BuiltinFunction, name="abs", call=builtin_abs)
MIN = static(BuiltinFunction, name="min", call=builtin_min)
MAX = static(BuiltinFunction, name="max", call=builtin_max)
REPR = static(BuiltinFunction, name="repr", call=builtin_repr)
ISINSTANCE = static(BuiltinFunction, name="isinstance", call=builtin_isinstance)
SUM = static(BuiltinFunction, name="sum", call=builtin_sum)
DIVMOD = static(BuiltinFunction, name="divmod", call=builtin_divmod)
POW = static(BuiltinFunction, name="pow", call=builtin_pow)
ROUND = static(BuiltinFunction, name="round", call=builtin_round)
HEX = static(BuiltinFunction, name="hex", call=builtin_hex)
OCT = static(BuiltinFunction, name="oct", call=builtin_oct)
BIN = static(BuiltinFunction, name="bin", call=builtin_bin)
HASH = static(BuiltinFunction, name="hash", call=builtin_hash)
ID = static(BuiltinFunction, name="id", call=builtin_id)
CHR = static(BuiltinFunction, name="chr", call=builtin_chr)
ORD = static(BuiltinFunction, name="ord", call=builtin_ord)
FORMAT = static(BuiltinFunction, name="format", call=builtin_format)      # runtime/formatting.py
ASCII = static(BuiltinFunction, name="ascii", call=builtin_ascii)
ISSUBCLASS = static(BuiltinFunction, name="issubclass", call=builtin_issubclass)
GETATTR = static(BuiltinFunction, name="getattr", call=builtin_getattr)
SETATTR = static(BuiltinFunction, name="setattr", call=builtin_setattr)
HASATTR = static(BuiltinFunction, name="hasattr", call=builtin_hasattr)
DELATTR = static(BuiltinFunction, name="delattr", call=builtin_delattr)
VARS = static(BuiltinFunction, name="vars", call=builtin_vars)
__BUILD_CLASS__ = static(BuiltinFunction, name="__build_class__", call=build_class)    # runtime/classobj.py
SORTED = static(BuiltinFunction, name="sorted", call=builtin_sorted)     # runtime/sort.py
ANY = static(BuiltinFunction, name="any", call=builtin_any)              # runtime/itertypes.py
ALL = static(BuiltinFunction, name="all", call=builtin_all)
NEXT = static(BuiltinFunction, name="next", call=builtin_next)
ITER = static(BuiltinFunction, name="iter", call=builtin_iter)
CALLABLE = static(BuiltinFunction, name="callable", call=builtin_callable)
OPEN = static(BuiltinFunction, name="open", call=builtin_open)              # runtime/fileobj.py
INPUT = static(BuiltinFunction, name="input", call=builtin_input)
DIR = static(BuiltinFunction, name="dir", call=builtin_dir)                 # runtime/dirlist.py

LIST_APPEND = static(BuiltinFunction, name="append", method=list_append_method)
LIST_POP = static(BuiltinFunction, name="pop", method=list_pop_method)
LIST_INSERT = static(BuiltinFunction, name="insert", method=list_insert_method)
LIST_EXTEND = static(BuiltinFunction, name="extend", method=list_extend_method)
LIST_INDEX = static(BuiltinFunction, name="index", method=list_index_method)
LIST_COUNT = static(BuiltinFunction, name="count", method=list_count_method)
TUPLE_INDEX = static(BuiltinFunction, name="index", method=tuple_index_method)
TUPLE_COUNT = static(BuiltinFunction, name="count", method=tuple_count_method)
LIST_REMOVE = static(BuiltinFunction, name="remove", method=list_remove_method)
LIST_REVERSE = static(BuiltinFunction, name="reverse", method=list_reverse_method)
LIST_CLEAR = static(BuiltinFunction, name="clear", method=list_clear_method)
LIST_COPY = static(BuiltinFunction, name="copy", method=list_copy_method)
LIST_SORT = static(BuiltinFunction, name="sort", method=list_sort_method)              # runtime/sort.py
FILE_WRITE = static(BuiltinFunction, name="write", method=file_write)
FILE_FLUSH = static(BuiltinFunction, name="flush", method=file_flush)

NDIGITS_MAX = 323              # round(): beyond these, a float is returned as is or as 0.0
NDIGITS_MIN = -308


def init() -> None:
    INT_TYPE.call = type_int
    BOOL_TYPE.call = type_bool
    BOOL_TYPE.base = INT_TYPE                  # bool is a subclass of int
    FLOAT_TYPE.call = type_float
    STR_TYPE.call = type_str
    TUPLE_TYPE.call = type_tuple
    LIST_TYPE.call = type_list
    RANGE_TYPE.call = type_range
    TYPE_TYPE.call = type_type
    TYPE_TYPE.invoke = type_invoke
    BUILTIN_TYPE.invoke = builtin_invoke
    BUILTIN_TYPE.hash = builtin_method_hash
    BUILTIN_TYPE.getattr = builtin_get_attr
    METHOD_DESCRIPTOR_TYPE.invoke = method_descriptor_invoke
    METHOD_DESCRIPTOR_TYPE.repr = method_descriptor_repr
    METHOD_DESCRIPTOR_TYPE.getattr = method_descriptor_getattr
    METHOD_DESCRIPTOR_TYPE.descr_get = method_descriptor_get
    BUILTIN_TYPE.richcompare = builtin_method_compare
    # The method tables, in reverse of the order looked up (add_method puts a method first).
    add_method(LIST_TYPE, LIST_SORT)
    add_method(LIST_TYPE, LIST_COPY)
    add_method(LIST_TYPE, LIST_CLEAR)
    add_method(LIST_TYPE, LIST_REVERSE)
    add_method(LIST_TYPE, LIST_REMOVE)
    add_method(LIST_TYPE, LIST_COUNT)
    add_method(LIST_TYPE, LIST_INDEX)
    add_method(LIST_TYPE, LIST_EXTEND)
    add_method(LIST_TYPE, LIST_INSERT)
    add_method(LIST_TYPE, LIST_POP)
    add_method(LIST_TYPE, LIST_APPEND)
    add_method(TUPLE_TYPE, TUPLE_INDEX)
    add_method(TUPLE_TYPE, TUPLE_COUNT)
    add_method(FILE_TYPE, FILE_FLUSH)
    add_method(FILE_TYPE, FILE_WRITE)


# -- helpers for argument checking -------------------------------------------------------------

@inline
def kw_count(kwnames: Word) -> i64:
    if not kwnames:
        return 0
    return cast(Ptr[Tuple], kwnames).size


@inline
def kw_name(kwnames: Word, k: i64) -> Word:
    return cast(Ptr[Tuple], kwnames).items[k]


def no_keywords(kwnames: Word, fname: Ptr[u8]) -> bool:
    """False after TypeError("len() takes no keyword arguments") when there are keywords."""
    if kw_count(kwnames) == 0:
        return True
    raise_text(TYPE_ERROR, fname, " takes no keyword arguments", "", "", "")
    return False


def positional_count(n: i64, kwnames: Word, qualname: Ptr[u8], name: Ptr[u8], least: i64, most: i64) -> bool:
    """Argument Clinic's check of positional-only parameters: no keywords, least to most arguments
    ("replace expected at least 2 arguments, got 1"); False after raising."""
    if not no_keywords(kwnames, qualname):
        return False
    if n >= least and n <= most:
        return True
    bound = most
    how = "at most "
    if n < least:
        bound = least
        how = "at least "
    if least == most:
        how = ""
    raise_message(TYPE_ERROR, name, " expected ", how, cast(Word, 0), decimal_text(0, bound),
                  " argument, got " if bound == 1 else " arguments, got ", decimal_text(1, n), "")
    return False


def raise_arg_count(a: Ptr[u8], n: i64, b: Ptr[u8]) -> Word:
    """TypeError(a + str(n) + b), e.g. "len() takes exactly one argument (" 2 " given)"."""
    return raise_text(TYPE_ERROR, a, decimal_text(0, n), b, "", "")


def raise_bad_keyword(name: Word, fname: Ptr[u8]) -> Word:
    """TypeError: 'x' is an invalid keyword argument for print()."""
    return raise_message(TYPE_ERROR, "'", "", "", name, "' is an invalid keyword argument for ", fname, "", "")


# Builtins whose parameters may be named (pow, round) check their arguments as CPython's Argument
# Clinic parser does: too many, then each parameter in order (missing ones), then keywords left over.

def clinic_argument(args: Ptr[Word], npos: i64, kwnames: Word, i: i64, name: Ptr[u8]) -> Word:
    """Parameter i, called name: from the positional arguments, or a keyword; 0 when not given."""
    if i < npos:
        return args[i]
    for k in range(kw_count(kwnames)):
        if name_is(kw_name(kwnames, k), name):
            return args[npos + k]
    return cast(Word, 0)


def clinic_keywords_used(npos: i64, kwnames: Word, fname: Ptr[u8], p0: Ptr[u8], p1: Ptr[u8], p2: Ptr[u8]) -> bool:
    """False after TypeError for the first keyword naming no parameter (p0, p1, p2; "" for none) or
    one given by position too."""
    for k in range(kw_count(kwnames)):
        key = kw_name(kwnames, k)
        i: i64 = -1
        if name_is(key, p0):
            i = 0
        elif name_is(key, p1):
            i = 1
        elif name_is(key, p2):
            i = 2
        if i < 0:
            raise_bad_keyword(key, fname)
            return False
        if i < npos:
            raise_message(TYPE_ERROR, "argument for ", fname, " given by name ('", key, "') and position (",
                          decimal_text(0, i + 1), ")", "")
            return False
    return True


def raise_not_integer(w: Word) -> Word:
    return raise_text(TYPE_ERROR, "'", type_name(w), "' object cannot be interpreted as an integer", "", "")


def index_arg(w: Word, out: Ptr[i64]) -> i64:
    """An int argument as an i64: 1 when it fits (stored in *out), 0 when the int does not
    fit in 64 bits (nothing raised), -1 after TypeError for a non-int."""
    status = index_value(w, out)
    if status < 0:
        if status == -1:
            raise_not_integer(w)
        return -1
    return status


def ssize_arg(w: Word, out: Ptr[i64]) -> bool:
    """An int argument that must fit in 64 bits; False after TypeError or OverflowError."""
    status = index_arg(w, out)
    if status == 0:
        raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C ssize_t")
    return status == 1


def name_is(name: Word, text: Ptr[u8]) -> bool:
    """The str name equals the NUL-terminated text."""
    p = cast(Ptr[Str], name)
    for k in range(p.nbytes):
        if text[k] != p.data[k]:
            return False
    return text[p.nbytes] == 0


# -- calling -------------------------------------------------------------------------------

class MethodDescriptor(Object, name="method_descriptor"):
    method: Ptr[BuiltinFunction]        # a method of a builtin type's table (static)


METHOD_DESCRIPTOR_TYPE = type_of(MethodDescriptor)


@extern
def calloc(n: i64, size: i64) -> Ptr[u8]: ...


def method_descriptor(m: Ptr[BuiltinFunction]) -> Word:
    """str.join: a method read from its builtin type (CPython's method_descriptor), called with the
    object first (map(str.upper, words)). Made once per method, outside the moving heap, so that
    str.join is str.join; it holds nothing the collector must see."""
    if not m.descriptor:
        d = cast(Ptr[MethodDescriptor], calloc(1, sizeof(MethodDescriptor)))
        if not d:
            return raise_memory_error()
        d.type = METHOD_DESCRIPTOR_TYPE
        d.method = m
        m.descriptor = cast(Ptr[u8], d)
    return cast(Word, m.descriptor)


def method_descriptor_invoke(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """str.join(',', l): the method, the first argument its self (checked as CPython's method_vectorcall)."""
    return builtin_invoke(cast(Word, cast(Ptr[MethodDescriptor], f).method), args, n, kwnames)


def method_descriptor_repr(f: Word) -> Word:
    """<method 'join' of 'str' objects>, <slot wrapper '__init__' of 'object' objects>."""
    return repr_of(cast(Word, cast(Ptr[MethodDescriptor], f).method))


def method_descriptor_getattr(f: Word, name: Word) -> Word:
    return builtin_get_attr(cast(Word, cast(Ptr[MethodDescriptor], f).method), name)


def method_descriptor_get(f: Word, obj: Word, owner: Word) -> Word:
    """A method descriptor stored in a class, read from an instance: the method bound to it."""
    m = cast(Ptr[MethodDescriptor], f).method
    if not obj:
        return f
    if not is_subtype(type_of_value(obj), m.owner):
        return raise_unbound_method(m, addr(obj), 1)
    return bound_method_new(obj, m)


def bound_method_new(obj: Word, m: Ptr[BuiltinFunction]) -> Word:
    """obj.name for a method m of obj's type: a bound method (m itself for a static or class method,
    bytes.fromhex: each type has its own)."""
    if m.call:
        return cast(Word, m)
    obj = self_value(m, obj)
    f = new(BuiltinFunction)
    if not f:
        return cast(Word, 0)
    f.name = m.name
    f.method = m.method
    f.owner = m.owner                   # (its __qualname__: list.append)
    f.bound_self = obj
    return cast(Word, f)


@inline
def self_value(m: Ptr[BuiltinFunction], obj: Word) -> Word:
    """What the method m of a builtin type works on: for an instance of a class deriving from that
    type, its value (builtinsub.py)."""
    if m.owner and type_of_value(obj).wrapped == m.owner:
        return cast(Ptr[Instance], obj).value
    return obj


def find_method(t: Ptr[Type], name: Word) -> Ptr[BuiltinFunction]:
    """The method called name of t or of a base of t (its method table), or null."""
    while t:
        m = t.methods
        while m:
            if name_is(name, m.name):
                return m
            m = m.next_method
        t = t.base
    return null(BuiltinFunction)


def call_builtin(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """f(*args): the invoke slot of f's type (builtin functions, bound methods, types, functions);
    TypeError for what has none.

    args points into a GC root area; kwnames is 0 or a tuple of str naming the last
    len(kwnames) of the n arguments."""
    t = type_of_value(f)
    if t.invoke:
        return t.invoke(f, args, n, kwnames)
    return raise_text(TYPE_ERROR, "'", t.name, "' object is not callable", "", "")


def builtin_invoke(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """The invoke slot of builtin functions and methods."""
    bf = cast(Ptr[BuiltinFunction], f)
    if bf.bound_self:
        return bf.method(bf.bound_self, args, n, kwnames)
    if bf.call:
        return bf.call(args, n, kwnames)
    if bf.method and bf.owner and (n - kw_count(kwnames) < 1 or not is_subtype(type_of_value(args[0]), bf.owner)):
        return raise_unbound_method(bf, args, n - kw_count(kwnames))
    if bf.method and n > 0:               # a method taken from its type (str.lower, object.__init__): self first
        return bf.method(self_value(bf, args[0]), args + 1, n - 1, kwnames)
    return raise_text(TYPE_ERROR, "'", type_name(f), "' object is not callable", "", "")


def builtin_get_attr(f: Word, name: Word) -> Word:
    """The getattr slot of builtin functions and methods: __name__, __qualname__ ('str.join' for a
    method), and a bound method's __self__; the null Word, nothing raised, for other names."""
    bf = cast(Ptr[BuiltinFunction], f)
    if name_is(name, "__name__"):
        return str_from_cstr(bf.name)
    if name_is(name, "__qualname__"):
        if bf.owner:
            return message(bf.owner.name, ".", bf.name, cast(Word, 0), "", "", "", "")
        return str_from_cstr(bf.name)
    if name_is(name, "__self__") and bf.bound_self:
        return bf.bound_self
    return cast(Word, 0)


def builtin_method_hash(f: Word, out: Ptr[i64]) -> bool:
    """The hash slot of builtin functions: a bound method hashes by its object and its method
    (`d.get` is a new object each time, yet hash(d.get) == hash(d.get), as in CPython)."""
    bf = cast(Ptr[BuiltinFunction], f)
    if not bf.bound_self:
        return identity_hash(f, out)
    return bound_hash(bf.bound_self, cast(i64, bf.name), out)


def builtin_method_compare(a: Word, b: Word, op: i64) -> Word:
    """The richcompare slot of builtin functions: bound methods are equal when bound to the same object
    (identity) by the same name of its type, so the same method."""
    x = cast(Ptr[BuiltinFunction], a)
    y = cast(Ptr[BuiltinFunction], b)
    is_bound = has_type(b, BUILTIN_TYPE) and x.bound_self != cast(Word, 0) and y.bound_self != cast(Word, 0)
    return bound_compare(a == b or (is_bound and x.bound_self == y.bound_self and cast(i64, x.name) == cast(i64, y.name)),
                         is_bound or a == b, op)


def raise_unbound_method(bf: Ptr[BuiltinFunction], args: Ptr[Word], npos: i64) -> Word:
    """CPython's errors for a method taken from its type and called without an instance of it: a
    method descriptor's (str.lower), or a slot wrapper's (object.__init__, BaseException.__str__)."""
    if is_slot_name(bf.name):
        if npos < 1:
            return raise_message(TYPE_ERROR, "descriptor '", bf.name, "' of '", cast(Word, 0), bf.owner.name,
                                 "' object needs an argument", "", "")
        return raise_message(TYPE_ERROR, "descriptor '", bf.name, "' requires a '", cast(Word, 0), bf.owner.name,
                             "' object but received a '", type_name(args[0]), "'")
    if npos < 1:
        return raise_text(TYPE_ERROR, "unbound method ", bf.owner.name, ".", bf.name, "() needs an argument")
    return raise_message(TYPE_ERROR, "descriptor '", bf.name, "' for '", cast(Word, 0), bf.owner.name,
                         "' objects doesn't apply to a '", type_name(args[0]), "' object")


def type_invoke(f: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """The invoke slot of type: its constructor."""
    tp = cast(Ptr[Type], f)
    if tp.call:
        return tp.call(tp, args, n, kwnames)
    return raise_text(TYPE_ERROR, "cannot create '", tp.name, "' instances", "", "")


def call_one(f: Word, arg: Word) -> Word:
    """f(arg) for any callable (key functions)."""
    if has_type(f, BUILTIN_TYPE) or is_type_object(f):
        return call_builtin(f, addr(arg), 1, cast(Word, 0))        # arg lives in this function's root record
    return call_object(f, addr(arg), 1, cast(Word, 0))


# -- print, len, abs, repr, isinstance, hash, chr, ord ------------------------------------------

def builtin_print(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """print(*args, sep=' ', end='\\n', file=None, flush=False)."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    sep = cast(Word, 0)
    end = cast(Word, 0)
    file = cast(Word, 0)
    flush = cast(Word, 0)
    for k in range(nkw):
        key = kw_name(kwnames, k)
        if name_is(key, "sep"):
            sep = args[npos + k]
        elif name_is(key, "end"):
            end = args[npos + k]
        elif name_is(key, "file"):
            file = args[npos + k]
        elif name_is(key, "flush"):
            flush = args[npos + k]
        else:
            return raise_bad_keyword(key, "print()")
    if (not file or file == none_word()) and STDOUT.fd < 0:
        return none_word()     # sys.stdout is None: CPython checks nothing else
    if sep == none_word():
        sep = cast(Word, 0)
    if end == none_word():
        end = cast(Word, 0)
    if sep and not is_str(sep):
        return raise_text(TYPE_ERROR, "sep must be None or a string, not ", type_name(sep), "", "", "")
    if end and not is_str(end):
        return raise_text(TYPE_ERROR, "end must be None or a string, not ", type_name(end), "", "", "")
    fd: i32 = 1
    if file and file != none_word():
        if not has_type(file, FILE_TYPE):
            return print_to(file, args, npos, sep, end, flush)
        fd = i32(cast(Ptr[FileObject], file).fd)
    for i in range(npos):
        if i > 0:
            if sep:
                if not write_text(fd, sep):
                    return cast(Word, 0)
            elif not check_written(writer_write_cstr(fd, " ")):
                return cast(Word, 0)
        s = str_of(args[i])
        if not s:
            return s
        if not write_text(fd, s):
            return cast(Word, 0)
    if end:
        if not write_text(fd, end):
            return cast(Word, 0)
    elif not check_written(writer_write_cstr(fd, "\n")):
        return cast(Word, 0)
    if flush:
        t = truthy(flush)
        if t < 0:
            return cast(Word, 0)
        if t == 1 and not check_written(writer_flush(fd)):
            return cast(Word, 0)
    return none_word()


def print_to(file: Word, args: Ptr[Word], npos: i64, sep: Word, end: Word, flush: Word) -> Word:
    """print(..., file=file) for a file other than sys.stdout and sys.stderr: file.write() of each
    piece, then file.flush() if asked, as CPython's print does."""
    for i in range(npos + 1):
        if i > 0 and i < npos:
            if not write_piece(file, sep, " "):
                return cast(Word, 0)
        if i == npos:
            if not write_piece(file, end, "\n"):
                return cast(Word, 0)
            break
        s = str_of(args[i])
        if not s or not write_piece(file, s, ""):
            return cast(Word, 0)
    if flush:
        t = truthy(flush)
        if t < 0:
            return cast(Word, 0)
        if t == 1 and not call_method(file, str_from_cstr("flush"), args, 0):
            return cast(Word, 0)
    return none_word()


def write_piece(file: Word, s: Word, default: Ptr[u8]) -> bool:
    """file.write(s), or file.write(default) when s is null; False after raising."""
    if not s:
        s = str_from_cstr(default)
        if not s:
            return False
    name = str_from_cstr("write")
    if not name:
        return False
    return call_method(file, name, addr(s), 1) != cast(Word, 0)


def one_argument(args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8]) -> bool:
    """Check the call passes exactly one positional argument: f() takes exactly one argument (2 given)."""
    if not no_keywords(kwnames, fname):
        return False
    if n != 1:
        raise_text(TYPE_ERROR, fname, " takes exactly one argument (", decimal_text(0, n), " given)", "")
        return False
    return True


def builtin_len(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "len()"):
        return cast(Word, 0)
    return length(args[0])


def builtin_repr(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "repr()"):
        return cast(Word, 0)
    return repr_of(args[0])


def builtin_hex(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return int_in_base(args, n, kwnames, "hex()", "#x")


def builtin_oct(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return int_in_base(args, n, kwnames, "oct()", "#o")


def builtin_bin(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return int_in_base(args, n, kwnames, "bin()", "#b")


def int_in_base(args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], spec: Ptr[u8]) -> Word:
    """hex(x), oct(x), bin(x): the int x (or x.__index__()) as format(x, spec) writes it."""
    if not one_argument(args, n, kwnames, fname):
        return cast(Word, 0)
    i = number_index(args[0])
    if not i:
        return i
    text = str_from_cstr(spec)
    if not text:
        return text
    return format_value(as_int(i), text)


def builtin_abs(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "abs()"):
        return cast(Word, 0)
    x = args[0]
    k = num_kind(x)
    if k == KIND_INT:
        return int_abs(x)
    if k == KIND_FLOAT:
        return float_abs(x)
    u = type_of_value(x).unary
    if u:
        r = u(UNARY_ABS, x)              # __abs__ of a user class
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    return raise_text(TYPE_ERROR, "bad operand type for abs(): '", type_name(x), "'", "", "")


def builtin_hash(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "hash()"):
        return cast(Word, 0)
    h: i64 = 0
    if not hash_of(args[0], addr(h)):
        return cast(Word, 0)
    return int_from_i64(h)


def builtin_id(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """id(x): fixed the first time it is asked for, while the collector moves x (gc/identity.py)."""
    if not one_argument(args, n, kwnames, "id()"):
        return cast(Word, 0)
    identity = identity_of(args[0])
    if identity == 0:
        return raise_memory_error()
    return int_from_i64(identity)


def builtin_chr(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "chr()"):
        return cast(Word, 0)
    v: i64 = 0
    status = index_arg(args[0], addr(v))
    if status < 0:
        return cast(Word, 0)
    if status == 0 or v > 0x7FFFFFFF or v < -0x80000000:
        return raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C int")
    return str_from_code_point(v)


def builtin_ord(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "ord()"):
        return cast(Word, 0)
    c = unwrap(args[0])
    if is_bytes_like(c):
        if byte_size(c) != 1:
            return raise_text(TYPE_ERROR, "ord() expected a character, but string of length ",
                              decimal_text(0, byte_size(c)), " found", "", "")
        return small(i64(byte_data(c)[0]))
    if not is_str(c):
        return raise_text(TYPE_ERROR, "ord() expected string of length 1, but ", type_name(args[0]), " found", "", "")
    p = cast(Ptr[Str], c)
    if p.length != 1:
        return raise_text(TYPE_ERROR, "ord() expected a character, but string of length ", decimal_text(0, p.length),
                          " found", "", "")
    return small(utf8_decode(p.data))


def builtin_isinstance(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "isinstance()"):
        return cast(Word, 0)
    if n != 2:
        return raise_arg_count("isinstance expected 2 arguments, got ", n, "")
    r = isinstance_of(args[0], args[1])
    if r < 0:
        return cast(Word, 0)
    return bool_word(r == 1)


def isinstance_of(x: Word, cls: Word) -> i64:
    """isinstance(x, cls) for a type or a (nested) tuple of types: 1 or 0, -1 after raising."""
    return subtype_of_any(type_of_value(x), cls, "isinstance() arg 2 must be a type, a tuple of types, or a union")


def subtype_of_any(t: Ptr[Type], cls: Word, error: Ptr[u8]) -> i64:
    """Whether t derives from cls, a type or a (nested) tuple of types: 1 or 0, -1 after the TypeError."""
    if is_type_object(cls):
        return 1 if is_subtype(t, cast(Ptr[Type], cls)) else 0
    if has_type(cls, TUPLE_TYPE):
        for i in range(cast(Ptr[Tuple], cls).size):
            r = subtype_of_any(t, cast(Ptr[Tuple], cls).items[i], error)
            if r != 0:
                return r
        return 0
    raise_text(TYPE_ERROR, error, "", "", "", "")
    return -1


def builtin_issubclass(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "issubclass()"):
        return cast(Word, 0)
    if n != 2:
        return raise_arg_count("issubclass expected 2 arguments, got ", n, "")
    r = issubclass_of(args[0], args[1])
    if r < 0:
        return cast(Word, 0)
    return bool_word(r == 1)


def str_subclass_name(args: Ptr[Word], n: i64) -> bool:
    """The name given getattr(), setattr(), ... is an instance of a str subclass."""
    return n > 1 and unwrap(args[1]) != args[1] and is_str(unwrap(args[1]))


def attribute_call(args: Ptr[Word], n: i64, kwnames: Word, qualname: Ptr[u8], name: Ptr[u8], least: i64,
                   most: i64) -> bool:
    """The checks of getattr(), setattr(), hasattr(), delattr(): no keywords, the count, a str name."""
    if not positional_count(n, kwnames, qualname, name, least, most):
        return False
    if not is_str(args[1]):
        raise_text(TYPE_ERROR, "attribute name must be string, not '", type_name(args[1]), "'", "", "")
        return False
    return True


def attribute_error_pending() -> bool:
    """An AttributeError is pending: it is dropped (getattr with a default, hasattr)."""
    if is_subtype(type_of_value(pending), ATTRIBUTE_ERROR):
        clear()
        return True
    return False


def builtin_getattr(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if str_subclass_name(args, n):
        return call_with_value(builtin_getattr, args, n, kwnames, 1)
    if not attribute_call(args, n, kwnames, "getattr()", "getattr", 2, 3):
        return cast(Word, 0)
    v = get_attr(args[0], args[1])
    if not v and n == 3 and attribute_error_pending():
        return args[2]
    return v


def builtin_setattr(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if str_subclass_name(args, n):
        return call_with_value(builtin_setattr, args, n, kwnames, 1)
    if not attribute_call(args, n, kwnames, "setattr()", "setattr", 3, 3) or not set_attr(args[0], args[1], args[2]):
        return cast(Word, 0)
    return none_word()


def builtin_delattr(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if str_subclass_name(args, n):
        return call_with_value(builtin_delattr, args, n, kwnames, 1)
    if not attribute_call(args, n, kwnames, "delattr()", "delattr", 2, 2) or not del_attr(args[0], args[1]):
        return cast(Word, 0)
    return none_word()


def builtin_hasattr(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if str_subclass_name(args, n):
        return call_with_value(builtin_hasattr, args, n, kwnames, 1)
    if not attribute_call(args, n, kwnames, "hasattr()", "hasattr", 2, 2):
        return cast(Word, 0)
    v = get_attr(args[0], args[1])
    if v:
        return bool_word(True)
    if attribute_error_pending():
        return bool_word(False)
    return v


def builtin_callable(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """callable(obj): its type can be called (the invoke slot: functions, types, builtins, a user
    class with __call__)."""
    if not one_argument(args, n, kwnames, "callable()"):
        return cast(Word, 0)
    if type_of_value(args[0]).invoke:
        return bool_word(True)
    return bool_word(False)


def builtin_vars(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """vars(obj): obj.__dict__ (vars() without an argument is locals(): not supported yet)."""
    if n == 0 and not kwnames:
        return raise_not_supported("vars() without an argument", "", "")
    if not one_argument(args, n, kwnames, "vars"):
        return cast(Word, 0)
    d = get_attr(args[0], str_from_cstr("__dict__"))
    if not d and attribute_error_pending():
        return raise_msg(TYPE_ERROR, "vars() argument must have __dict__ attribute")
    return d


def issubclass_of(c: Word, cls: Word) -> i64:
    """issubclass(c, cls) for a type or a (nested) tuple of types: 1 or 0, -1 after raising."""
    if not is_type_object(c):
        raise_text(TYPE_ERROR, "issubclass() arg 1 must be a class", "", "", "", "")
        return -1
    return subtype_of_any(cast(Ptr[Type], c), cls, "issubclass() arg 2 must be a class, a tuple of classes, or a union")


# -- min, max, sum ---------------------------------------------------------------------------

def min_max(args: Ptr[Word], n: i64, kwnames: Word, op: i64, fname: Ptr[u8]) -> Word:
    """min (op CMP_LT) or max (op CMP_GT) of the arguments, or of the items of the one argument."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    key = cast(Word, 0)
    default = cast(Word, 0)
    for k in range(nkw):
        kname = kw_name(kwnames, k)
        if name_is(kname, "key"):
            key = args[npos + k]
        elif name_is(kname, "default"):
            default = args[npos + k]
        else:
            return raise_message(TYPE_ERROR, "'", "", "", kname, "' is an invalid keyword argument for ", fname,
                                 "()", "")
    if npos == 0:
        return raise_text(TYPE_ERROR, fname, " expected at least 1 argument, got 0", "", "", "")
    if npos > 1 and default:
        return raise_text(TYPE_ERROR, "Cannot specify a default for ", fname, "() with multiple positional arguments",
                          "", "")
    if key == none_word():
        key = cast(Word, 0)
    it = cast(Word, 0)
    if npos == 1:
        it = get_iter(args[0])
        if not it:
            return it
    best = cast(Word, 0)
    best_key = cast(Word, 0)
    i: i64 = 0
    while True:
        item = cast(Word, 0)
        if npos == 1:
            item = iter_next(it)
            if not item:
                if pending:
                    return item
                break
        else:
            if i >= npos:
                break
            item = args[i]
            i += 1
        item_key = item
        if key:
            item_key = call_one(key, item)
            if not item_key:
                return item_key
        if not best:
            best = item
            best_key = item_key
        else:
            c = rich_compare(item_key, best_key, op)
            if c < 0:
                return cast(Word, 0)
            if c == 1:
                best = item
                best_key = item_key
    if not best:
        if default:
            return default
        return raise_text(VALUE_ERROR, fname, "() arg is an empty sequence", "", "", "")
    return best


def builtin_min(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return min_max(args, n, kwnames, CMP_LT, "min")


def builtin_max(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return min_max(args, n, kwnames, CMP_GT, "max")


def builtin_sum(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sum(iterable, /, start=0)."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    start = cast(Word, 0)
    for k in range(nkw):
        kname = kw_name(kwnames, k)
        if name_is(kname, "start") and npos < 2:
            start = args[npos + k]
        elif name_is(kname, "start"):
            return raise_text(TYPE_ERROR, "argument for sum() given by name ('start') and position (2)", "", "",
                              "", "")
        else:
            return raise_bad_keyword(kname, "sum()")
    if npos == 0:
        return raise_arg_count("sum() takes at least 1 positional argument (", npos, " given)")
    if npos > 2:
        return raise_arg_count("sum() takes at most 2 arguments (", n, " given)")
    if npos == 2:
        start = args[1]
    if not start:
        start = small(0)
    if is_str(start):
        return raise_text(TYPE_ERROR, "sum() can't sum strings [use ''.join(seq) instead]", "", "", "", "")
    it = get_iter(args[0])
    if not it:
        return it
    acc = start
    while True:
        item = iter_next(it)
        if not item:
            if pending:
                return item
            return acc
        acc = binary_op(OP_ADD, acc, item)
        if not acc:
            return acc


# -- divmod, pow, round ----------------------------------------------------------------------

def builtin_divmod(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "divmod()"):
        return cast(Word, 0)
    if n != 2:
        return raise_arg_count("divmod expected 2 arguments, got ", n, "")
    a = unwrap(args[0])              # int and float subclasses: their values
    b = unwrap(args[1])
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == KIND_OTHER or kb == KIND_OTHER:
        return raise_text(TYPE_ERROR, "unsupported operand type(s) for divmod(): '", type_name(args[0]), "' and '",
                          type_name(args[1]), "'")
    if ka == KIND_INT and kb == KIND_INT:
        return int_divmod(a, b)
    x: f64 = 0.0
    y: f64 = 0.0
    if not to_double(a, addr(x)) or not to_double(b, addr(y)):
        return cast(Word, 0)
    if y == 0.0:
        return raise_msg(ZERO_DIVISION_ERROR, "float divmod()")
    m: f64 = 0.0
    q = python_floordiv(x, y, addr(m))
    fq = float_new(q)
    if not fq:
        return fq
    fm = float_new(m)
    if not fm:
        return fm
    t = new(Tuple, 2)
    if not t:
        return cast(Word, 0)
    t.items[0] = fq
    t.items[1] = fm
    return cast(Word, t)


def builtin_pow(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """pow(base, exp, mod=None)."""
    npos = n - kw_count(kwnames)
    if n > 3:
        return raise_arg_count("pow() takes at most 3 arguments (", n, " given)")
    base = clinic_argument(args, npos, kwnames, 0, "base")
    exp = clinic_argument(args, npos, kwnames, 1, "exp")
    mod = clinic_argument(args, npos, kwnames, 2, "mod")
    if not base:
        return raise_text(TYPE_ERROR, "pow() missing required argument 'base' (pos 1)", "", "", "", "")
    if not exp:
        return raise_text(TYPE_ERROR, "pow() missing required argument 'exp' (pos 2)", "", "", "", "")
    if not clinic_keywords_used(npos, kwnames, "pow()", "base", "exp", "mod"):
        return cast(Word, 0)
    if not mod or mod == none_word():
        return binary_op(OP_POW, base, exp)
    if num_kind(unwrap(base)) != KIND_OTHER and num_kind(unwrap(exp)) != KIND_OTHER and num_kind(unwrap(mod)) != KIND_OTHER:
        return three_argument_pow(unwrap(base), unwrap(exp), unwrap(mod))     # int and float subclasses: their values
    return three_argument_pow(base, exp, mod)


def three_argument_pow(base: Word, exp: Word, mod: Word) -> Word:
    if not (is_int(base) and is_int(exp) and is_int(mod)):
        if num_kind(base) == KIND_FLOAT or num_kind(exp) == KIND_FLOAT or num_kind(mod) == KIND_FLOAT:
            # float's pow refuses a modulus, whatever the others are
            return raise_msg(TYPE_ERROR, "pow() 3rd argument not allowed unless all arguments are integers")
        return raise_message(TYPE_ERROR, "unsupported operand type(s) for ** or pow(): '", type_name(base),
                             "', '", cast(Word, 0), type_name(exp), "', '", type_name(mod), "'")
    return int_modpow(as_int(base), as_int(exp), as_int(mod))


def int_modpow(base: Word, e: Word, m: Word) -> Word:
    """pow(base, e, m) for ints: the result has the sign of m (or is 0)."""
    if sign_of(m) == 0:
        return raise_msg(VALUE_ERROR, "pow() 3rd argument cannot be 0")
    negative_modulus = sign_of(m) < 0
    if negative_modulus:
        m = int_neg(m)
        if not m:
            return m
    base = int_mod(base, m)
    if not base:
        return base
    if sign_of(e) < 0:
        base = int_inverse(base, m)
        if not base:
            return base
        e = int_neg(e)
        if not e:
            return e
    result = int_mod(small(1), m)
    while result and sign_of(e) > 0:
        bit = int_and(e, small(1))
        if not bit:
            return bit
        if bit == small(1):
            result = int_mul(result, base)
            if not result:
                return result
            result = int_mod(result, m)
            if not result:
                return result
        e = int_rshift(e, small(1))
        if not e:
            return e
        if sign_of(e) > 0:
            base = int_mul(base, base)
            if not base:
                return base
            base = int_mod(base, m)
            if not base:
                return base
    if not result:
        return result
    if negative_modulus and sign_of(result) != 0:
        return int_sub(result, m)
    return result


def int_inverse(a: Word, m: Word) -> Word:
    """The inverse of a modulo m > 0 (extended Euclid); ValueError when there is none."""
    # Invariants: x0 * a = r0 and x1 * a = r1 (mod m).
    r0 = m
    r1 = a
    x0 = small(0)
    x1 = small(1)
    while sign_of(r1) != 0:
        qr = int_divmod(r0, r1)
        if not qr:
            return qr
        q = cast(Ptr[Tuple], qr).items[0]
        r2 = cast(Ptr[Tuple], qr).items[1]
        qx = int_mul(q, x1)
        if not qx:
            return qx
        x2 = int_sub(x0, qx)
        if not x2:
            return x2
        r0 = r1
        r1 = r2
        x0 = x1
        x1 = x2
    if r0 != small(1):
        return raise_msg(VALUE_ERROR, "base is not invertible for the given modulus")
    return int_mod(x0, m)


def builtin_round(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """round(number, ndigits=None)."""
    npos = n - kw_count(kwnames)
    if n > 2:
        return raise_arg_count("round() takes at most 2 arguments (", n, " given)")
    number = clinic_argument(args, npos, kwnames, 0, "number")
    ndigits = clinic_argument(args, npos, kwnames, 1, "ndigits")
    if not number:
        return raise_text(TYPE_ERROR, "round() missing required argument 'number' (pos 1)", "", "", "", "")
    if not clinic_keywords_used(npos, kwnames, "round()", "number", "ndigits", ""):
        return cast(Word, 0)
    if ndigits == none_word():
        ndigits = cast(Word, 0)
    kind = num_kind(unwrap(number))
    if kind == KIND_OTHER or number != unwrap(number):
        if is_user_type(type_of_value(number)):
            r = user_round(number, ndigits)
            if r or pending:
                return r
        if kind == KIND_OTHER:
            return raise_text(TYPE_ERROR, "type ", type_name(number), " doesn't define __round__ method", "", "")
        number = unwrap(number)      # an int or float subclass without __round__: its value's
    nd: i64 = 0
    if ndigits:
        status = index_arg(ndigits, addr(nd))
        if status < 0:
            return cast(Word, 0)
        if status == 0:
            nd = -0x7FFFFFFFFFFFFFFF if int_compare(ndigits, small(0)) < 0 else 0x7FFFFFFFFFFFFFFF
    if kind == KIND_INT:
        if not ndigits or nd >= 0:
            return as_int(number)
        return int_round(as_int(number), nd)
    x = float_value(number)
    if not ndigits:
        return int_from_double(round_half_even(x))
    return float_round(x, nd)


def round_half_even(x: f64) -> f64:
    """x rounded to an integer, halves to even (nan and infinities unchanged)."""
    if not isfinite(x):
        return x
    f = floor(x)
    diff = x - f                   # exact: below 2**52 x has a fraction, above it none
    if diff > 0.5:
        return f + 1.0
    if diff == 0.5 and fmod(f, 2.0) != 0.0:
        return f + 1.0
    return f


def pow10(k: i64) -> Word:
    """10 ** k for k >= 0, an int."""
    return int_pow(small(10), small(k))


def int_round(x: Word, nd: i64) -> Word:
    """round(x, nd) for an int x and nd < 0: the nearest multiple of 10**-nd, halves to even."""
    if 0 - nd > int_bit_length(x) // 3 + 2:
        return small(0)            # |x| < 10**-nd / 2
    p = pow10(0 - nd)
    if not p:
        return p
    q = round_quotient(x, p)
    if not q:
        return q
    return int_mul(q, p)


def round_quotient(num: Word, den: Word) -> Word:
    """num / den rounded to the nearest int, halves to even (den > 0)."""
    qr = int_divmod(num, den)
    if not qr:
        return qr
    q = cast(Ptr[Tuple], qr).items[0]
    twice = int_lshift(cast(Ptr[Tuple], qr).items[1], small(1))
    if not twice:
        return twice
    c = int_compare(twice, den)
    if c > 0 or (c == 0 and int_and(q, small(1)) == small(1)):
        return int_add(q, small(1))
    return q


def float_round(x: f64, nd: i64) -> Word:
    """round(x, nd) for a float: x * 10**nd rounded exactly (halves to even), divided back,
    correctly rounded -- what CPython computes with its dtoa."""
    if not isfinite(x) or x == 0.0 or nd > NDIGITS_MAX:
        return float_new(x)
    if nd < NDIGITS_MIN:
        return float_new(0.0 * x)
    # |x| = mantissa * 2**exponent exactly.
    bits = cast(u64, x)
    biased = i64((bits >> 52) & 0x7FF)
    mantissa = cast(i64, bits & 0x000FFFFFFFFFFFFF)
    exponent: i64 = -1074
    if biased != 0:
        mantissa = mantissa | 0x0010000000000000
        exponent = biased - 1075
    num = small(mantissa)
    den = small(1)
    if exponent >= 0:
        num = int_lshift(num, small(exponent))
    else:
        den = int_lshift(den, small(0 - exponent))
    if not num or not den:
        return cast(Word, 0)
    p = pow10(nd if nd >= 0 else 0 - nd)
    if not p:
        return p
    if nd >= 0:
        num = int_mul(num, p)
    else:
        den = int_mul(den, p)
    if not num or not den:
        return cast(Word, 0)
    q = round_quotient(num, den)
    if not q:
        return q
    r: f64 = 0.0
    if nd >= 0:
        fr = int_truediv(q, p)
        if not fr:
            return fr
        r = float_value(fr)
    else:
        scaled = int_mul(q, p)
        if not scaled:
            return scaled
        if not int_to_double(scaled, addr(r)):
            clear()
            return raise_msg(OVERFLOW_ERROR, "rounded value too large to represent")
    return float_new(copysign(r, x))


# -- the types' constructors ------------------------------------------------------------------

def type_float(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """float(x=0.0)."""
    if not no_keywords(kwnames, "float()"):
        return cast(Word, 0)
    if n > 1:
        return raise_arg_count("float expected at most 1 argument, got ", n, "")
    if n == 0:
        return float_new(0.0)
    x = args[0]
    k = num_kind(x)
    if k == KIND_FLOAT:
        return x
    if k == KIND_INT:
        v: f64 = 0.0
        if not int_to_double(x, addr(v)):
            return cast(Word, 0)
        return float_new(v)
    if is_str(x):
        return float_from_text(cast(Ptr[Str], x).data, cast(Ptr[Str], x).nbytes)
    if is_bytes_like(x):
        return raise_not_supported("float() of ", type_name(x), " (decode it first)")
    if is_user_type(type_of_value(x)):
        r = user_float(x)
        if r or pending:
            return r
        if type_of_value(x).wrapped:
            inner = cast(Ptr[Instance], x).value
            return type_float(t, addr(inner), 1, cast(Word, 0))
    return raise_text(TYPE_ERROR, "float() argument must be a string or a real number, not '", type_name(x), "'",
                      "", "")


def type_bool(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """bool(x=False)."""
    if not no_keywords(kwnames, "bool()"):
        return cast(Word, 0)
    if n > 1:
        return raise_arg_count("bool expected at most 1 argument, got ", n, "")
    if n == 0:
        return bool_word(False)
    r = truthy(args[0])
    if r < 0:
        return cast(Word, 0)
    return bool_word(r == 1)


def type_tuple(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """tuple(iterable=())."""
    if not no_keywords(kwnames, "tuple()"):
        return cast(Word, 0)
    if n > 1:
        return raise_arg_count("tuple expected at most 1 argument, got ", n, "")
    if n == 0:
        return tuple_new(0)
    return tuple_from_iterable(args[0])


def type_list(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """list(iterable=())."""
    if not no_keywords(kwnames, "list()"):
        return cast(Word, 0)
    if n > 1:
        return raise_arg_count("list expected at most 1 argument, got ", n, "")
    if n == 0:
        return list_new(0)
    return list_from_iterable(args[0])


def type_type(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """type(x): the type of x."""
    if n == 1 and kw_count(kwnames) == 0:
        return cast(Word, type_of_value(args[0]))
    if n - kw_count(kwnames) == 3:
        if kw_count(kwnames) > 0:
            return raise_not_supported("type() with keyword arguments", "", "")
        return type_new(args[0], args[1], args[2])
    return raise_text(TYPE_ERROR, "type() takes 1 or 3 arguments", "", "", "", "")


def type_range(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """range(stop), range(start, stop[, step])."""
    if not no_keywords(kwnames, "range()"):
        return cast(Word, 0)
    if n == 0:
        return raise_arg_count("range expected at least 1 argument, got ", n, "")
    if n > 3:
        return raise_arg_count("range expected at most 3 arguments, got ", n, "")
    first = number_index(args[0])           # ints, or what __index__ gives
    if not first:
        return first
    if n == 1:
        return range_new(small(0), first, small(1))
    stop = number_index(args[1])
    if not stop:
        return stop
    if n == 2:
        return range_new(first, stop, small(1))
    step = number_index(args[2])
    if not step:
        return step
    if int_compare(step, small(0)) == 0:
        return raise_msg(VALUE_ERROR, "range() arg 3 must not be zero")
    return range_new(first, stop, step)


def range_check(start: Word, stop: Word, step: Word) -> bool:
    """The checks of range(start, stop, step) for a loop that runs without a range object:
    ints (or bools) and a nonzero step; False after raising."""
    if not is_int(start):
        raise_not_integer(start)
        return False
    if not is_int(stop):
        raise_not_integer(stop)
        return False
    if not is_int(step):
        raise_not_integer(step)
        return False
    if int_compare(step, small(0)) == 0:
        raise_msg(VALUE_ERROR, "range() arg 3 must not be zero")
        return False
    return True


def type_str(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """str(object=''), str(object=b'', encoding='utf-8', errors='strict')."""
    npos = n - kw_count(kwnames)
    if not clinic_keywords_used(npos, kwnames, "str()", "object", "encoding", "errors"):
        return cast(Word, 0)
    if n > 3:
        return raise_arg_count("str() takes at most 3 arguments (", n, " given)")
    obj = clinic_argument(args, npos, kwnames, 0, "object")
    encoding = clinic_argument(args, npos, kwnames, 1, "encoding")
    errors = clinic_argument(args, npos, kwnames, 2, "errors")
    if encoding or errors:
        if encoding and not text_argument(encoding, "str", "encoding"):
            return cast(Word, 0)
        if errors and not text_argument(errors, "str", "errors"):
            return cast(Word, 0)
        if not obj:
            return str_empty()
        if is_str(obj):
            return raise_text(TYPE_ERROR, "decoding str is not supported", "", "", "", "")
        if not is_bytes_like(obj):
            return raise_text(TYPE_ERROR, "decoding to str: need a bytes-like object, ", type_name(obj), " found", "",
                              "")
        return decode_bytes(obj, encoding, errors, "str")
    if not obj:
        return str_empty()
    return str_of(obj)


def type_int(t: Ptr[Type], args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """int(x=0), int(x, base=10)."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    base = cast(Word, 0)
    for k in range(nkw):
        kname = kw_name(kwnames, k)
        if name_is(kname, "base") and npos < 2:
            base = args[npos + k]
        else:
            return raise_bad_keyword(kname, "int()")
    if n > 2:
        return raise_arg_count("int() takes at most 2 arguments (", n, " given)")
    if npos == 2:
        base = args[1]
    if npos == 0:
        if base:
            return raise_text(TYPE_ERROR, "int() missing string argument", "", "", "", "")
        return small(0)
    x = args[0]
    if is_bytes_like(x):
        return raise_not_supported("int() of ", type_name(x), " (decode it first)")
    if base:
        if not is_str(x):
            return raise_text(TYPE_ERROR, "int() can't convert non-string with explicit base", "", "", "", "")
        b: i64 = 0
        status = index_arg(base, addr(b))
        if status < 0:
            return cast(Word, 0)
        if status == 0 or (b != 0 and (b < 2 or b > 36)):
            return raise_msg(VALUE_ERROR, "int() base must be >= 2 and <= 36, or 0")
        if b != 10:
            return int_from_text(x, b)
    k = num_kind(x)
    if k == KIND_INT:
        return as_int(x)
    if k == KIND_FLOAT:
        return int_from_double(float_value(x))
    if is_str(x):
        return int_from_text(x, 10)
    if is_user_type(type_of_value(x)):
        r = user_int(x)
        if r or pending:
            return r
        if type_of_value(x).wrapped:
            inner = cast(Ptr[Instance], x).value      # int(Color(1)), int(Name("12")): the value's
            return type_int(t, addr(inner), 1, cast(Word, 0))
    return raise_text(TYPE_ERROR, "int() argument must be a string, a bytes-like object or a real number, not '",
                      type_name(x), "'", "", "")


def int_from_text(s: Word, base: i64) -> Word:
    """int(s, base) for a str: Unicode decimal digits and spaces count as ASCII ones (CPython's rule)."""
    text = str_to_ascii(s)
    if not text or not check_int_digits(text, base):
        return cast(Word, 0)
    result = cast(Word, 0)
    if base == 10:
        result = int_from_str(text)
    else:
        result = int_from_str_base(text, base)
    if not result and text != s and cast(Ptr[ExceptionObject], pending).type == VALUE_ERROR:
        clear()
        return raise_invalid_int(s, base)          # the message shows the text as written
    return result


@inline
def is_space(c: u8) -> bool:
    return c == 0x20 or (c >= 0x09 and c <= 0x0D)


def digit_value(c: u8) -> i64:
    """The value of an ASCII digit or letter (a/A = 10), 99 for anything else."""
    if c >= 0x30 and c <= 0x39:
        return i64(c) - 0x30
    if c >= 0x61 and c <= 0x7A:
        return i64(c) - 0x61 + 10
    if c >= 0x41 and c <= 0x5A:
        return i64(c) - 0x41 + 10
    return 99


def int_from_str_base(s: Word, base: i64) -> Word:
    """int(s, base) for base 0 or 2..36 (ASCII text; base 0 reads a 0x/0o/0b prefix)."""
    p = cast(Ptr[Str], s)
    n = p.nbytes
    given_base = base
    i: i64 = 0
    while i < n and is_space(p.data[i]):
        i += 1
    end = n
    while end > i and is_space(p.data[end - 1]):
        end -= 1
    negative = False
    if i < end and (p.data[i] == 0x2B or p.data[i] == 0x2D):
        negative = p.data[i] == 0x2D
        i += 1
    prefixed = False
    if i + 1 < end and p.data[i] == 0x30:
        c = p.data[i + 1] | 0x20
        if (c == 0x78 and (base == 16 or base == 0)) or (c == 0x6F and (base == 8 or base == 0)) or \
                (c == 0x62 and (base == 2 or base == 0)):
            if base == 0:
                base = 16 if c == 0x78 else (8 if c == 0x6F else 2)
            i += 2
            prefixed = True
    leading_zero_ok = True
    if base == 0:
        base = 10
        leading_zero_ok = False
    # Digits, with single underscores between them (and after a prefix).
    first = i
    digits: i64 = 0
    nonzero = False
    previous_underscore = prefixed
    ok = i < end
    k = i
    while k < end and ok:
        c = p.data[k]
        if c == 0x5F:
            if previous_underscore and not (prefixed and k == first):
                ok = False
            if k == first and not prefixed:
                ok = False
            previous_underscore = True
        else:
            if digit_value(c) >= base:
                ok = False
            elif digit_value(c) != 0:
                nonzero = True
            digits += 1
            previous_underscore = False
        k += 1
    if previous_underscore or digits == 0:
        ok = False
    if ok and not leading_zero_ok and nonzero and p.data[first] == 0x30:
        ok = False                 # base 0: "08" is not allowed, "00" is
    if not check_int_digits(s, base):
        return cast(Word, 0)
    if not ok:
        return raise_invalid_int(s, given_base)
    # Accumulate chunks of up to 12 digits in an i64, then fold them into the int.
    result = small(0)
    chunk: i64 = 0
    scale: i64 = 1
    k = first
    while k < end:
        c = cast(Ptr[Str], s).data[k]
        k += 1
        if c == 0x5F:
            continue
        chunk = chunk * base + digit_value(c)
        scale = scale * base
        if scale > 0x00FFFFFFFFFFFFFF // 36 or k == end:
            result = int_mul(result, int_from_i64(scale))
            if not result:
                return result
            result = int_add(result, small(chunk))
            if not result:
                return result
            chunk = 0
            scale = 1
    if scale != 1:
        result = int_mul(result, int_from_i64(scale))
        if not result:
            return result
        result = int_add(result, small(chunk))
        if not result:
            return result
    if negative:
        return int_neg(result)
    return result


def check_int_digits(s: Word, base: i64) -> bool:
    """CPython's limit on the digits int() reads (sys.set_int_max_str_digits), for bases that are
    not powers of two: the run of digits after the sign counts; False after ValueError."""
    limit = int_max_str_digits
    if limit == 0 or (base & (base - 1)) == 0:
        return True
    p = cast(Ptr[Str], s)
    i: i64 = 0
    while i < p.nbytes and is_space(p.data[i]):
        i += 1
    if i < p.nbytes and (p.data[i] == 0x2B or p.data[i] == 0x2D):
        i += 1
    digits: i64 = 0
    while i < p.nbytes and (digit_value(p.data[i]) < base or p.data[i] == 0x5F):
        if p.data[i] != 0x5F:
            digits += 1
        i += 1
    if digits <= INT_MAX_STR_DIGITS_THRESHOLD or digits <= limit:
        return True
    raise_text(VALUE_ERROR, "Exceeds the limit (", decimal_text(0, limit),
               " digits) for integer string conversion: value has ", decimal_text(1, digits),
               " digits; use sys.set_int_max_str_digits() to increase the limit")
    return False


def raise_invalid_int(s: Word, base: i64) -> Word:
    """ValueError: invalid literal for int() with base 16: 'zz' (the repr cut at 200 characters)."""
    r = str_repr(s)
    if not r:
        return r
    if cast(Ptr[Str], r).length > 200:
        r = str_substring(r, 0, str_byte_offset(r, 200), 200)
        if not r:
            return r
    return raise_message(VALUE_ERROR, "invalid literal for int() with base ", decimal_text(0, base), ": ", r,
                         "", "", "", "")


# -- list methods -----------------------------------------------------------------------------

def list_append_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "list.append()"):
        return cast(Word, 0)
    if not list_append(self, args[0]):
        return cast(Word, 0)
    return none_word()


def list_pop_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "list.pop()"):
        return cast(Word, 0)
    if n > 1:
        return raise_arg_count("pop expected at most 1 argument, got ", n, "")
    i: i64 = -1
    if n == 1 and not ssize_arg(args[0], addr(i)):
        return cast(Word, 0)
    return list_pop(self, i)


def list_insert_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_keywords(kwnames, "list.insert()"):
        return cast(Word, 0)
    if n != 2:
        return raise_arg_count("insert expected 2 arguments, got ", n, "")
    i: i64 = 0
    if not ssize_arg(args[0], addr(i)):
        return cast(Word, 0)
    if not list_insert(self, i, args[1]):
        return cast(Word, 0)
    return none_word()


def list_extend_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "list.extend()"):
        return cast(Word, 0)
    if not list_extend(self, args[0]):
        return cast(Word, 0)
    return none_word()


def slice_index(w: Word, size: i64, out: Ptr[i64]) -> bool:
    """A start/stop argument as slices read it: negative counts from the end, then clamped
    to [0, size]; huge ints clamp too. False after TypeError."""
    v: i64 = 0
    status = index_value(w, addr(v))
    if status < 0:
        if status == -1:
            raise_text(TYPE_ERROR, "slice indices must be integers or have an __index__ method", "", "", "", "")
        return False
    if status == 0:
        v = -0x7FFFFFFFFFFFFFFF if int_compare(w, small(0)) < 0 else 0x7FFFFFFFFFFFFFFF
    if v < 0:
        v += size
        if v < 0:
            v = 0
    if v > size:
        v = size
    out[0] = v
    return True


def list_index_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """l.index(x[, start[, stop]])."""
    return sequence_index(self, args, n, kwnames, "list.index()")


def tuple_index_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """t.index(x[, start[, stop]])."""
    return sequence_index(self, args, n, kwnames, "tuple.index()")


def sequence_index(self: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8]) -> Word:
    """index() of a list or a tuple (seq_size, seq_item): a list may change while it compares."""
    if not no_keywords(kwnames, fname):
        return cast(Word, 0)
    if n < 1:
        return raise_arg_count("index expected at least 1 argument, got ", n, "")
    if n > 3:
        return raise_arg_count("index expected at most 3 arguments, got ", n, "")
    start: i64 = 0
    stop: i64 = seq_size(self)
    if n >= 2 and not slice_index(args[1], seq_size(self), addr(start)):
        return cast(Word, 0)
    if n >= 3 and not slice_index(args[2], seq_size(self), addr(stop)):
        return cast(Word, 0)
    i = start
    while i < stop and i < seq_size(self):
        e = items_equal(seq_item(self, i), args[0])
        if e < 0:
            return cast(Word, 0)
        if e == 1:
            return small(i)
        i += 1
    if has_type(self, TUPLE_TYPE):
        return raise_msg(VALUE_ERROR, "tuple.index(x): x not in tuple")
    r = repr_of(args[0])
    if not r:
        return r
    return raise_message(VALUE_ERROR, "", "", "", r, " is not in list", "", "", "")


def list_count_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return sequence_count(self, args, n, kwnames, "list.count()")


def tuple_count_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return sequence_count(self, args, n, kwnames, "tuple.count()")


def sequence_count(self: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8]) -> Word:
    if not one_argument(args, n, kwnames, fname):
        return cast(Word, 0)
    count: i64 = 0
    i: i64 = 0
    while i < seq_size(self):
        e = items_equal(seq_item(self, i), args[0])
        if e < 0:
            return cast(Word, 0)
        count += e
        i += 1
    return small(count)


def list_remove_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "list.remove()"):
        return cast(Word, 0)
    i: i64 = 0
    while i < cast(Ptr[List], self).size:
        e = items_equal(list_array(cast(Ptr[List], self)).items[i], args[0])
        if e < 0:
            return cast(Word, 0)
        if e == 1:
            if not list_pop(self, i):
                return cast(Word, 0)
            return none_word()
        i += 1
    return raise_msg(VALUE_ERROR, "list.remove(x): x not in list")


def no_arguments(n: i64, kwnames: Word, fname: Ptr[u8]) -> bool:
    if not no_keywords(kwnames, fname):
        return False
    if n != 0:
        raise_text(TYPE_ERROR, fname, " takes no arguments (", decimal_text(0, n), " given)", "")
        return False
    return True


def list_reverse_in_place(l: Word) -> None:
    p = cast(Ptr[List], l)
    if p.size > 1:
        reverse_range(list_array(p), 0, p.size)


def list_reverse_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "list.reverse()"):
        return cast(Word, 0)
    list_reverse_in_place(self)
    return none_word()


def list_clear_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "list.clear()"):
        return cast(Word, 0)
    list_clear(self)
    return none_word()


def list_copy_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "list.copy()"):
        return cast(Word, 0)
    return list_from_iterable(self)
