"""The generic operations on Python values: what the JIT calls when its inline
fast paths (small ints) do not apply.

Operator numbers are those of pyvm/bytecode/opcodes.py (BINARY_OPS,
UNARY_OPS, COMPARE_OPS). The semantics and error messages are CPython 3.11's
for int (small and big), bool (an int subclass), None, float, str, tuple,
list, range, and the runtime's other objects (builtin functions, types, the
sys module, iterators, exceptions). Every function returning a Word returns
the null Word after raising (DESIGN.md 9); truthy and the other i64/bool
results document their error value.

Not like CPython yet:
- Deeply nested containers are repr'd and compared up to sys.getrecursionlimit()
  levels of nesting, counted on their own (CPython counts them together with
  the Python frames that are running).
- hash() of a heap object other than an int, float, str, tuple or range
  (iterators, exceptions) is its address, which moves with the collector.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import (Type, BoolObject, NoneObject, is_small, small_value, small, as_object, bool_word,
                                 has_type, none_word, NOT_IMPLEMENTED, TRUE, FALSE)
from pyvm.runtime.intobj import (BigInt, as_int, big, sign_of, int_add, int_sub, int_mul, int_floordiv, int_mod,
                                 int_divmod, int_pow, int_neg, int_pos, int_abs, int_invert, int_lshift, int_rshift,
                                 int_and, int_or, int_xor, int_compare, int_to_i64, int_to_double, int_from_double,
                                 int_to_decimal, int_hash)
from pyvm.runtime.bigint import mag_bit_length, mag_is_zero_below
from pyvm.runtime.frameobj import BARE
from pyvm.runtime.floatobj import (Float, float_new, float_value, float_pow, python_mod, python_floordiv,
                                   float_hash_value)
from pyvm.runtime.strobj import (Str, str_from_cstr,
                                 str_from_code_point, utf8_decode, utf8_sequence_length, str_byte_offset,
                                 write_code_point_escape, ESCAPE_TEXT)
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.listobj import (List, list_new, list_append, list_resize, list_array, list_from_tuple,
                                  LIST_MAX_ITEMS)
from pyvm.runtime.rangeobj import Range, range_item
from pyvm.runtime.dictobj import mapping_size
from pyvm.runtime.namespace import namespace_whole
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_cstr, str_builder_add_str,
                                     str_builder_add_hex, str_builder_add_bytes, str_builder_finish, str_builder_free)
from pyvm.runtime.errors import (raise_not_supported, NOT_SUPPORTED, ExceptionObject, raise_msg, raise_text,
                                 raise_message, raise_memory_error, message, decimal_text, pending, name_pending,
                                 TYPE_ERROR, VALUE_ERROR, INDEX_ERROR, OVERFLOW_ERROR, ZERO_DIVISION_ERROR,
                                 ATTRIBUTE_ERROR, RECURSION_ERROR, MODULE_NOT_FOUND_ERROR, KEY_ERROR, OS_ERROR,
                                 UNICODE_ENCODE_ERROR, SYNTAX_ERROR)
from pyvm.runtime.function import stack_floor
from pyvm.gc.identity import identity_of
from pyvm.runtime.sysmodule import ModuleObject, FileObject, SYS, BUILTINS, recursion_limit, int_max_str_digits
from pyvm.runtime.builtins import (BuiltinFunction, find_method, bound_method_new, name_is, call_builtin, raise_not_integer,
                                   method_descriptor)
from pyvm.runtime.function import Function, Code, Cell
from pyvm.runtime.frameobj import FrameObject, TracebackObject
from pyvm.runtime.formatting import str_mod
from pyvm.runtime.classobj import (OBJECT_TYPE, user_type_repr, user_type_get_attr, builtin_type_get_attr,
                                   user_type_setattr, instance_call_method, instance_finds,
                                   default_getattr, class_attr, type_lookup, builtin_base)


@extern
def ldexp(x: f64, e: i32) -> f64: ...


# Operator numbers: pyvm/bytecode/opcodes.py.
OP_ADD = 0
OP_SUB = 1
OP_MUL = 2
OP_TRUEDIV = 3
OP_FLOORDIV = 4
OP_MOD = 5
OP_POW = 6
OP_LSHIFT = 7
OP_RSHIFT = 8
OP_AND = 9
OP_OR = 10
OP_XOR = 11
OP_MATMUL = 12

UNARY_NEG = 0
UNARY_POS = 1
UNARY_INVERT = 2
UNARY_NOT = 3
UNARY_ABS = 4                  # abs(): no instruction, but the unary slot of user classes (__abs__)

CMP_LT = 0
CMP_LE = 1
CMP_EQ = 2
CMP_NE = 3
CMP_GT = 4
CMP_GE = 5
CMP_IS = 6
CMP_IS_NOT = 7
CMP_IN = 8
CMP_NOT_IN = 9

# Results of compare_numbers.
LESS = -1
EQUAL = 0
GREATER = 1
UNORDERED = 2                  # a nan is involved
FAILED = 3                     # an exception is pending

KIND_OTHER = 0
KIND_INT = 1                   # int or bool
KIND_FLOAT = 2

INT_TYPE = type_of(BigInt)
BOOL_TYPE = type_of(BoolObject)
NONE_TYPE = type_of(NoneObject)
FLOAT_TYPE = type_of(Float)
STR_TYPE = type_of(Str)
TUPLE_TYPE = type_of(Tuple)
LIST_TYPE = type_of(List)
RANGE_TYPE = type_of(Range)
TYPE_TYPE = type_of(Type)
BUILTIN_TYPE = type_of(BuiltinFunction)
MODULE_TYPE = type_of(ModuleObject)
FILE_TYPE = type_of(FileObject)
FUNCTION_TYPE = type_of(Function)
FRAME_TYPE = type_of(FrameObject)
CODE_TYPE = type_of(Code)
CELL_TYPE = type_of(Cell)
TRACEBACK_TYPE = type_of(TracebackObject)

TWO_POW_53 = 9007199254740992
TWO_POW_62_F = 4611686018427387904.0
TWO_POW_63_F = 9223372036854775808.0
DBL_MANT_DIG = 53
DBL_MAX_EXP = 1024
DBL_MIN_EXP = -1021

# Containers being repr'd (a list, for the "[...]" of a list that holds itself), and the
# nesting depth of repr and comparisons (RecursionError past sys.getrecursionlimit()).
repr_stack: Word = cast(Word, 0)
nesting: i64 = 0


# -- looking at values -------------------------------------------------------------------

@inline
def type_of_value(w: Word) -> Ptr[Type]:
    """type(w)."""
    if is_small(w):
        return INT_TYPE
    return as_object(w).type


def type_name(w: Word) -> Ptr[u8]:
    """type(w).__name__, for messages."""
    return type_of_value(w).name


@inline
def num_kind(w: Word) -> i64:
    if is_small(w):
        return KIND_INT
    t = as_object(w).type
    if t == INT_TYPE or t == BOOL_TYPE:
        return KIND_INT
    if t == FLOAT_TYPE:
        return KIND_FLOAT
    return KIND_OTHER


@inline
def is_int(w: Word) -> bool:
    """w is an int or a bool."""
    return num_kind(w) == KIND_INT


@inline
def is_str(w: Word) -> bool:
    return has_type(w, STR_TYPE)


@inline
def is_type_object(w: Word) -> bool:
    """w is a type: its type is type, or a metaclass (a user class deriving from type)."""
    if not w:
        return False
    t = type_of_value(w)
    return t == TYPE_TYPE or (t.dict != cast(Word, 0) and is_subtype(t, TYPE_TYPE))


def is_subtype(t: Ptr[Type], base: Ptr[Type]) -> bool:
    """t is base or derives from it (bool derives from int: see builtins.init); a user class's
    bases are its MRO."""
    if base == OBJECT_TYPE:
        return True
    if t.mro:
        mro = cast(Ptr[Tuple], t.mro)
        for i in range(mro.size):
            if mro.items[i] == cast(Word, base):
                return True
        return False
    while t:
        if t == base:
            return True
        t = t.base
    return False


def to_double(w: Word, out: Ptr[f64]) -> bool:
    """float(w) for an int, bool or float w; False after OverflowError for a huge int."""
    if num_kind(w) == KIND_FLOAT:
        out[0] = float_value(w)
        return True
    return int_to_double(w, out)


def index_value(w: Word, out: Ptr[i64]) -> i64:
    """An int or bool w, or what w's __index__ gives, as an i64 index: 1 when it fits (stored in
    *out), 0 when the int is too large for 64 bits, -1 when w is not an int and has no __index__
    (nothing raised: the caller words the error), -2 after __index__ raised."""
    if is_small(w):
        out[0] = small_value(w)
        return 1
    if num_kind(w) != KIND_INT:
        index = as_object(w).type.index
        if not index:
            return -1
        w = index(w)
        if not w:
            return -2
    if int_to_i64(w, out):
        return 1
    return 0


def number_index(w: Word) -> Word:
    """CPython's PyNumber_Index: w if it is an int (or bool), else what its __index__ gives; TypeError
    for the rest."""
    if num_kind(w) == KIND_INT:
        return w
    if as_object(w).type.index:
        return as_object(w).type.index(w)
    return raise_not_integer(w)


@inline
def int_is_negative(w: Word) -> bool:
    if is_small(w):
        return small_value(w) < 0
    if has_type(w, BOOL_TYPE):
        return False
    return big(w).sign < 0


def int_bit_length(w: Word) -> i64:
    """The number of bits of |w| for an int w."""
    a = as_int(w)
    if is_small(a):
        v = small_value(a)
        m: u64 = u64(v)
        if v < 0:
            m = u64(0) - m
        return 64 - i64(clz(m))
    p = big(a)
    return mag_bit_length(p.digits, p.size)


# -- operator text for messages ------------------------------------------------------------

def binary_symbol(op: i64, inplace: bool) -> Ptr[u8]:
    """The operator followed by ": '", as "unsupported operand type(s) for +: 'int' and 'str'" needs it."""
    if inplace:
        if op == OP_ADD:
            return "+=: '"
        if op == OP_SUB:
            return "-=: '"
        if op == OP_MUL:
            return "*=: '"
        if op == OP_TRUEDIV:
            return "/=: '"
        if op == OP_FLOORDIV:
            return "//=: '"
        if op == OP_MOD:
            return "%=: '"
        if op == OP_POW:
            return "**=: '"
        if op == OP_LSHIFT:
            return "<<=: '"
        if op == OP_RSHIFT:
            return ">>=: '"
        if op == OP_AND:
            return "&=: '"
        if op == OP_OR:
            return "|=: '"
        if op == OP_XOR:
            return "^=: '"
        return "@=: '"
    if op == OP_ADD:
        return "+: '"
    if op == OP_SUB:
        return "-: '"
    if op == OP_MUL:
        return "*: '"
    if op == OP_TRUEDIV:
        return "/: '"
    if op == OP_FLOORDIV:
        return "//: '"
    if op == OP_MOD:
        return "%: '"
    if op == OP_POW:
        return "** or pow(): '"
    if op == OP_LSHIFT:
        return "<<: '"
    if op == OP_RSHIFT:
        return ">>: '"
    if op == OP_AND:
        return "&: '"
    if op == OP_OR:
        return "|: '"
    if op == OP_XOR:
        return "^: '"
    return "@: '"


def compare_symbol(op: i64) -> Ptr[u8]:
    if op == CMP_LT:
        return "'<'"
    if op == CMP_LE:
        return "'<='"
    if op == CMP_GT:
        return "'>'"
    return "'>='"


def raise_unsupported(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """TypeError: unsupported operand type(s) for +: 'int' and 'str'."""
    return raise_message(TYPE_ERROR, "unsupported operand type(s) for ", binary_symbol(op, inplace), type_name(a),
                         cast(Word, 0), "' and '", type_name(b), "'", "")


def raise_not_iterable(w: Word) -> Word:
    return raise_text(TYPE_ERROR, "'", type_name(w), "' object is not iterable", "", "")


# -- arithmetic on ints ----------------------------------------------------------------------

def int_truediv(a: Word, b: Word) -> Word:
    """a / b for ints: the correctly rounded float (CPython's long_true_divide)."""
    if is_small(a) and is_small(b):
        x = small_value(a)
        y = small_value(b)
        if y == 0:
            return raise_msg(ZERO_DIVISION_ERROR, "division by zero")
        if x <= TWO_POW_53 and x >= 0 - TWO_POW_53 and y <= TWO_POW_53 and y >= 0 - TWO_POW_53:
            # Both convert exactly, and IEEE division rounds correctly.
            return float_new(f64(x) / f64(y))
    return int_truediv_slow(as_int(a), as_int(b))


@noinline
def int_truediv_slow(a: Word, b: Word) -> Word:
    sb = sign_of(b)
    if sb == 0:
        return raise_msg(ZERO_DIVISION_ERROR, "division by zero")
    sa = sign_of(a)
    negate = (sa < 0) != (sb < 0)
    if sa == 0:
        return float_new(-0.0 if negate else 0.0)
    a = int_abs(a)
    if not a:
        return a
    b = int_abs(b)
    if not b:
        return b
    a_bits = int_bit_length(a)
    b_bits = int_bit_length(b)
    result: f64 = 0.0
    if a_bits <= DBL_MANT_DIG and b_bits <= DBL_MANT_DIG:
        fa: f64 = 0.0
        fb: f64 = 0.0
        int_to_double(a, addr(fa))
        int_to_double(b, addr(fb))
        result = fa / fb
        return float_new(-result if negate else result)
    diff = a_bits - b_bits
    if diff > DBL_MAX_EXP:
        return raise_msg(OVERFLOW_ERROR, "integer division result too large for a float")
    if diff < DBL_MIN_EXP - DBL_MANT_DIG - 1:
        return float_new(-0.0 if negate else 0.0)
    # Scale a so that the quotient has DBL_MANT_DIG + 2 or + 3 bits (fewer for subnormal
    # results), divide, then round the low bits by hand with a sticky bit for what was lost.
    shift = max(diff, DBL_MIN_EXP) - DBL_MANT_DIG - 2
    inexact = False
    x = cast(Word, 0)
    if shift <= 0:
        x = int_lshift(a, small(0 - shift))
    else:
        inexact = not low_bits_zero(a, shift)
        x = int_rshift(a, small(shift))
    if not x:
        return x
    qr = int_divmod(x, b)
    if not qr:
        return qr
    if cast(Ptr[Tuple], qr).items[1] != small(0):
        inexact = True
    q: i64 = 0
    int_to_i64(cast(Ptr[Tuple], qr).items[0], addr(q))      # below 2**57: it fits
    x_bits = 64 - i64(clz(u64(q)))
    extra_bits = max(x_bits, DBL_MIN_EXP - shift) - DBL_MANT_DIG
    mask: i64 = 1 << (extra_bits - 1)
    low = q
    if inexact:
        low = low | 1
    if (low & mask) != 0 and (low & (3 * mask - 1)) != 0:
        low += mask
    q = low & ~(2 * mask - 1)
    dx = f64(q)
    if shift + x_bits >= DBL_MAX_EXP:
        if shift + x_bits > DBL_MAX_EXP or dx == ldexp(1.0, i32(x_bits)):
            return raise_msg(OVERFLOW_ERROR, "integer division result too large for a float")
    result = ldexp(dx, i32(shift))
    return float_new(-result if negate else result)


def low_bits_zero(a: Word, bits: i64) -> bool:
    """The low `bits` bits of int a >= 0 are all zero."""
    if is_small(a):
        if bits >= 63:
            return small_value(a) == 0
        return (small_value(a) & ((1 << bits) - 1)) == 0
    p = big(a)
    return mag_is_zero_below(p.digits, p.size, bits)


def float_of_ints_pow(a: Word, b: Word) -> Word:
    """a ** b for ints with b < 0: float(a) ** float(b), as CPython does."""
    x: f64 = 0.0
    y: f64 = 0.0
    if not int_to_double(a, addr(x)) or not int_to_double(b, addr(y)):
        return cast(Word, 0)
    return float_pow_values(x, y)


def float_pow_values(x: f64, y: f64) -> Word:
    fx = float_new(x)
    if not fx:
        return fx
    fy = float_new(y)
    if not fy:
        return fy
    return float_pow(fx, fy)


def int_binary(op: i64, a: Word, b: Word) -> Word:
    """a OP b for ints and bools (bool & | ^ bool is a bool); the null Word with nothing
    raised for @, which ints do not support."""
    if op == OP_ADD:
        return int_add(a, b)
    if op == OP_SUB:
        return int_sub(a, b)
    if op == OP_MUL:
        return int_mul(a, b)
    if op == OP_TRUEDIV:
        return int_truediv(a, b)
    if op == OP_FLOORDIV:
        return int_floordiv(a, b)
    if op == OP_MOD:
        return int_mod(a, b)
    if op == OP_POW:
        if int_is_negative(b):
            return float_of_ints_pow(a, b)
        return int_pow(a, b)
    if op == OP_LSHIFT:
        return int_lshift(a, b)
    if op == OP_RSHIFT:
        return int_rshift(a, b)
    if op == OP_AND or op == OP_OR or op == OP_XOR:
        if has_type(a, BOOL_TYPE) and has_type(b, BOOL_TYPE):
            x = cast(Ptr[BoolObject], a).value
            y = cast(Ptr[BoolObject], b).value
            if op == OP_AND:
                return bool_word((x & y) != 0)
            if op == OP_OR:
                return bool_word((x | y) != 0)
            return bool_word((x ^ y) != 0)
        if op == OP_AND:
            return int_and(a, b)
        if op == OP_OR:
            return int_or(a, b)
        return int_xor(a, b)
    return cast(Word, 0)


def float_binary(op: i64, a: Word, b: Word) -> Word:
    """a OP b where one of a, b is a float and the other a float, int or bool, for the
    operators floats have (+ - * / // % **)."""
    x: f64 = 0.0
    y: f64 = 0.0
    if not to_double(a, addr(x)) or not to_double(b, addr(y)):
        return cast(Word, 0)
    if op == OP_ADD:
        return float_new(x + y)
    if op == OP_SUB:
        return float_new(x - y)
    if op == OP_MUL:
        return float_new(x * y)
    if op == OP_TRUEDIV:
        if y == 0.0:
            return raise_msg(ZERO_DIVISION_ERROR, "float division by zero")
        return float_new(x / y)
    if op == OP_FLOORDIV:
        if y == 0.0:
            return raise_msg(ZERO_DIVISION_ERROR, "float floor division by zero")
        m: f64 = 0.0
        return float_new(python_floordiv(x, y, addr(m)))
    if op == OP_MOD:
        if y == 0.0:
            return raise_msg(ZERO_DIVISION_ERROR, "float modulo")
        return float_new(python_mod(x, y))
    return float_pow_values(x, y)


# -- arithmetic on sequences ----------------------------------------------------------------

def raise_cannot_concatenate(kind: Ptr[u8], b: Word) -> Word:
    """TypeError: can only concatenate str (not "int") to str."""
    return raise_message(TYPE_ERROR, "can only concatenate ", kind, " (not \"", cast(Word, 0), type_name(b),
                         "\") to ", kind, "")


def sequence_repeat(repeat: Fn[[Word, i64], Word], seq: Word, count: Word) -> Word:
    """seq * count through a repeat slot (CPython's sequence_repeat): count must be an int or have
    __index__."""
    n: i64 = 0
    status = index_value(count, addr(n))
    if status == -1:
        return raise_text(TYPE_ERROR, "can't multiply sequence by non-int of type '", type_name(count), "'", "", "")
    if status == 0:
        return raise_cannot_fit(OVERFLOW_ERROR, count)
    if status < 0:
        return cast(Word, 0)
    return repeat(seq, n)


def raise_cannot_fit(kind: Ptr[Type], w: Word) -> Word:
    """An index beyond 64 bits: "cannot fit 'int' into an index-sized integer", naming w's type."""
    return raise_text(kind, "cannot fit '", type_name(w), "' into an index-sized integer", "", "")


# -- the number protocol ----------------------------------------------------------------------

def number_binary(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """The number slot of int, bool and float."""
    k = arithmetic_kind(op, a, b)
    if k == KIND_INT:
        return int_binary(op, a, b)
    if k == KIND_FLOAT:
        return float_binary(op, a, b)
    return cast(Word, NOT_IMPLEMENTED)


@inline
def arithmetic_kind(op: i64, a: Word, b: Word) -> i64:
    """KIND_INT when a OP b is int arithmetic (two ints or bools), KIND_FLOAT when it is float
    arithmetic (a float and a float, int or bool, with an operator floats have), else KIND_OTHER."""
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == KIND_OTHER or kb == KIND_OTHER or op == OP_MATMUL:
        return KIND_OTHER
    if ka == KIND_INT and kb == KIND_INT:
        return KIND_INT
    if op >= OP_LSHIFT:
        return KIND_OTHER
    return KIND_FLOAT


def number_unary(op: i64, a: Word) -> Word:
    """The unary slot of int, bool and float (floats have no ~)."""
    if num_kind(a) == KIND_INT:
        if op == UNARY_NEG:
            return int_neg(a)
        if op == UNARY_POS:
            return int_pos(a)
        return int_invert(a)
    if op == UNARY_NEG:
        return float_new(-float_value(a))
    if op == UNARY_POS:
        return a
    return cast(Word, NOT_IMPLEMENTED)


def str_number(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """The number slot of str: % with the str on the left, printf-style formatting."""
    if op != OP_MOD or not is_str(a):
        return cast(Word, NOT_IMPLEMENTED)
    return str_mod(a, b)


@inline
def other_number_slot(t: Ptr[Type]) -> bool:
    """t has a number slot other than number_binary, which has answered already (binary_generic)."""
    return t.number and t.number != number_binary


def number_slots(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """a OP b (a OP= b) through the number slots, as CPython's binary_iop1 and binary_op1: a's
    in-place slot first, then the right operand's slot if its type derives from the left's, the
    left's, the right's. NOT_IMPLEMENTED when none could. number_binary, the slot of the numbers,
    has answered already (binary_generic's fast path)."""
    ta = type_of_value(a)
    tb = type_of_value(b)
    r: Word = cast(Word, NOT_IMPLEMENTED)
    left = other_number_slot(ta)
    right = other_number_slot(tb) and tb.number != ta.number
    if inplace and left:
        r = ta.number(op, a, b, True)
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if right and is_subtype(tb, ta):
        right = False
        r = tb.number(op, a, b, False)
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if left:
        r = ta.number(op, a, b, False)
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if right:
        return tb.number(op, a, b, False)
    return r


def binary_generic(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """a OP b, or a OP= b, for any values (CPython's PyNumber_Add ...): the number slots, then
    the sequences' concatenation and repetition, else TypeError."""
    r = binary_try(op, a, b, inplace)
    if r == cast(Word, NOT_IMPLEMENTED):
        return raise_unsupported(op, a, b, inplace)
    return r


def binary_try(op: i64, a: Word, b: Word, inplace: bool) -> Word:
    """binary_generic's work, NOT_IMPLEMENTED where it would raise TypeError (the number slot of a
    subclass of a builtin type runs it on the values: builtinsub.py)."""
    k = arithmetic_kind(op, a, b)                # number_binary's work, without the dispatch
    if k == KIND_INT:
        return int_binary(op, a, b)
    if k == KIND_FLOAT:
        return float_binary(op, a, b)
    ta = type_of_value(a)
    tb = type_of_value(b)
    if other_number_slot(ta) or other_number_slot(tb):
        r = number_slots(op, a, b, inplace)
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if op == OP_ADD:
        if inplace and ta.inplace_concat:
            return ta.inplace_concat(a, b)
        if ta.concat:
            return ta.concat(a, b)
    elif op == OP_MUL:
        if inplace and ta.inplace_repeat:
            return sequence_repeat(ta.inplace_repeat, a, b)
        if ta.repeat:
            return sequence_repeat(ta.repeat, a, b)
        # CPython's a *= b tries b's repetition only when a's type has no sequence methods at all
        # (a builtin type with a len has some: range(2) *= 'ab' is unsupported).
        if tb.repeat and not (inplace and ta.length):
            return sequence_repeat(tb.repeat, b, a)
    return cast(Word, NOT_IMPLEMENTED)


def binary_op(op: i64, a: Word, b: Word) -> Word:
    """a OP b (BINARY_OPS numbering)."""
    if is_small(a) and is_small(b) and op != OP_MATMUL:
        return int_binary(op, a, b)
    return binary_generic(op, a, b, False)


def inplace_op(op: i64, a: Word, b: Word) -> Word:
    """a OP= b: like binary_op, but a list is changed in place (+= extends it by any
    iterable, *= repeats it) and returned."""
    if is_small(a) and is_small(b) and op != OP_MATMUL:
        return int_binary(op, a, b)
    return binary_generic(op, a, b, True)


def unary_op(op: i64, a: Word) -> Word:
    """OP a (UNARY_OPS numbering): not is the truth; the others go through the unary slot."""
    if op == UNARY_NOT:
        t = truthy(a)
        if t < 0:
            return cast(Word, 0)
        return bool_word(t == 0)
    u = type_of_value(a).unary
    if u:
        r = u(op, a)
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    symbol = "-"
    if op == UNARY_POS:
        symbol = "+"
    elif op == UNARY_INVERT:
        symbol = "~"
    return raise_text(TYPE_ERROR, "bad operand type for unary ", symbol, ": '", type_name(a), "'")


# -- truth -----------------------------------------------------------------------------------

def truthy(a: Word) -> i64:
    """bool(a): 1 or 0 (-1 after raising, which no builtin type does): its type's truth slot;
    true without one."""
    if is_small(a):
        return 0 if a == small(0) else 1
    t = as_object(a).type
    if t.truth:
        return t.truth(a)
    return 1


# -- comparisons ------------------------------------------------------------------------------

def enter_nesting(what: Ptr[u8]) -> bool:
    """One more level of nested repr or comparison; False after RecursionError."""
    global nesting
    if nesting >= recursion_limit:
        raise_text(RECURSION_ERROR, "maximum recursion depth exceeded", what, "", "", "")
        return False
    nesting += 1
    return True


@inline
def leave_nesting() -> None:
    global nesting
    nesting -= 1


def compare_f64(x: f64, y: f64) -> i64:
    if x < y:
        return LESS
    if x > y:
        return GREATER
    if x == y:
        return EQUAL
    return UNORDERED


def compare_i64(x: i64, y: i64) -> i64:
    if x < y:
        return LESS
    if x > y:
        return GREATER
    return EQUAL


def compare_int_float(a: Word, x: f64) -> i64:
    """Compare int a with float x exactly (CPython's float_richcompare)."""
    if isnan(x):
        return UNORDERED
    a = as_int(a)
    if is_small(a):
        v = small_value(a)
        if v <= TWO_POW_53 and v >= 0 - TWO_POW_53:
            return compare_f64(f64(v), x)           # v converts exactly
        if x >= TWO_POW_63_F:
            return LESS
        if x < 0.0 - TWO_POW_63_F:
            return GREATER
        t = trunc(x)
        tv = i64(t)
        if v < tv:
            return LESS
        if v > tv:
            return GREATER
        frac = x - t                               # exact
        if frac > 0.0:
            return LESS
        if frac < 0.0:
            return GREATER
        return EQUAL
    # A BigInt: |a| >= 2**62.
    if isinf(x) or fabs(x) < TWO_POW_62_F:
        if isinf(x):
            return LESS if x > 0.0 else GREATER
        return GREATER if sign_of(a) > 0 else LESS
    # |x| >= 2**62 is an integer: compare as ints.
    b = int_from_double(x)
    if not b:
        return FAILED
    return int_compare(a, b)


def compare_numbers(a: Word, b: Word) -> i64:
    """Compare two ints, bools or floats exactly: LESS, EQUAL, GREATER, UNORDERED or FAILED."""
    ka = num_kind(a)
    kb = num_kind(b)
    if ka == KIND_INT:
        if kb == KIND_INT:
            return int_compare(a, b)
        return compare_int_float(a, float_value(b))
    if kb == KIND_FLOAT:
        return compare_f64(float_value(a), float_value(b))
    c = compare_int_float(b, float_value(a))
    if c == LESS:
        return GREATER
    if c == GREATER:
        return LESS
    return c


def comparison_holds(c: i64, op: i64) -> bool:
    """Whether `a OP b` holds when a compares to b as c (LESS ... UNORDERED)."""
    if c == UNORDERED:
        return op == CMP_NE
    if op == CMP_LT:
        return c == LESS
    if op == CMP_LE:
        return c != GREATER
    if op == CMP_EQ:
        return c == EQUAL
    if op == CMP_NE:
        return c != EQUAL
    if op == CMP_GT:
        return c == GREATER
    return c != LESS


@inline
def seq_size(w: Word) -> i64:
    """len() of a list or a tuple."""
    if as_object(w).type == LIST_TYPE:
        return cast(Ptr[List], w).size
    return cast(Ptr[Tuple], w).size


@inline
def seq_item(w: Word, i: i64) -> Word:
    """Item i (checked by the caller) of a list or a tuple."""
    if as_object(w).type == LIST_TYPE:
        return list_array(cast(Ptr[List], w)).items[i]
    return cast(Ptr[Tuple], w).items[i]


def values_equal(a: Word, b: Word) -> i64:
    """a == b: 1 or 0, -1 after raising. A float is not equal to itself when it is a nan."""
    if is_small(a) and is_small(b):
        return 1 if a == b else 0
    return result_truth(do_richcompare(a, b, CMP_EQ))


def items_equal(a: Word, b: Word) -> i64:
    """a == b as containers compare their items: identical objects are equal (a nan too)."""
    if a == b:
        return 1
    return values_equal(a, b)


def sequence_compare(a: Word, b: Word, op: i64) -> i64:
    """a OP b for two lists or two tuples, lexicographically: 1, 0, or -1 after raising."""
    na = seq_size(a)
    nb = seq_size(b)
    if na != nb and (op == CMP_EQ or op == CMP_NE):
        return 1 if op == CMP_NE else 0
    if not enter_nesting(" in comparison"):
        return -1
    i: i64 = 0
    while i < seq_size(a) and i < seq_size(b):
        e = items_equal(seq_item(a, i), seq_item(b, i))
        if e < 0:
            leave_nesting()
            return -1
        if e == 0:
            break
        i += 1
    if i >= seq_size(a) or i >= seq_size(b):
        leave_nesting()
        return 1 if comparison_holds(compare_i64(seq_size(a), seq_size(b)), op) else 0
    if op == CMP_EQ:
        leave_nesting()
        return 0
    if op == CMP_NE:
        leave_nesting()
        return 1
    r = rich_compare(seq_item(a, i), seq_item(b, i), op)
    leave_nesting()
    return r


def rich_compare(a: Word, b: Word, op: i64) -> i64:
    """a OP b for the six comparisons, as a truth: 1 or 0, -1 after raising."""
    return result_truth(do_richcompare(a, b, op))


def result_truth(r: Word) -> i64:
    """bool(r) for the result of a comparison (-1 for the null Word: it raised)."""
    if not r:
        return -1
    if r == cast(Word, TRUE):
        return 1
    if r == cast(Word, FALSE):
        return 0
    return truthy(r)


def truth_word(r: i64) -> Word:
    """A bool Word for a truth of 1 or 0, the null Word for -1 (it raised)."""
    if r < 0:
        return cast(Word, 0)
    return bool_word(r == 1)


@inline
def swapped_compare(op: i64) -> i64:
    """The comparison that holds for (b, a) when op holds for (a, b): < for >, <= for >=."""
    if op == CMP_LT or op == CMP_LE:
        return op + 4
    if op == CMP_GT or op == CMP_GE:
        return op - 4
    return op


def do_richcompare(a: Word, b: Word, op: i64) -> Word:
    """a OP b for the six comparisons: the result (a bool for the builtin types), the null Word
    after raising. As CPython's: the right operand's reflected slot first when its type
    derives from the left's, then the left's slot, then the right's reflected one; when every slot
    says NotImplemented, == and != compare identities and the orderings raise TypeError."""
    if num_kind(a) != KIND_OTHER and num_kind(b) != KIND_OTHER:
        return numbers_compare(a, b, op)          # the int and float slots, without the dispatch
    ta = type_of_value(a)
    tb = type_of_value(b)
    r: Word = cast(Word, NOT_IMPLEMENTED)
    reflected = False
    if ta != tb and tb.richcompare and is_subtype(tb, ta):
        reflected = True
        r = tb.richcompare(b, a, swapped_compare(op))
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if ta.richcompare:
        r = ta.richcompare(a, b, op)
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if not reflected and tb.richcompare:
        r = tb.richcompare(b, a, swapped_compare(op))
        if r != cast(Word, NOT_IMPLEMENTED):
            return r
    if op == CMP_EQ:
        return bool_word(a == b)
    if op == CMP_NE:
        return bool_word(a != b)
    return raise_message(TYPE_ERROR, compare_symbol(op), " not supported between instances of '", ta.name,
                         cast(Word, 0), "' and '", tb.name, "'", "")


# -- the richcompare slots of the builtin types -------------------------------------------------------

def numbers_compare(a: Word, b: Word, op: i64) -> Word:
    """a OP b for two ints, bools or floats, exactly."""
    c = compare_numbers(a, b)
    if c == FAILED:
        return cast(Word, 0)
    return bool_word(comparison_holds(c, op))


def number_richcompare(a: Word, b: Word, op: i64) -> Word:
    """The richcompare slot of int, bool and float."""
    if num_kind(a) == KIND_OTHER or num_kind(b) == KIND_OTHER:
        return cast(Word, NOT_IMPLEMENTED)
    return numbers_compare(a, b, op)


def sequence_richcompare(a: Word, b: Word, op: i64) -> Word:
    """The richcompare slot of list and tuple: with one of the same type, item by item."""
    if type_of_value(b) != as_object(a).type:
        return cast(Word, NOT_IMPLEMENTED)
    return truth_word(sequence_compare(a, b, op))


def contains(container: Word, x: Word) -> i64:
    """x in container: 1 or 0, -1 after raising. Its type's contains slot, else a search of what
    iterating it gives."""
    t = type_of_value(container)
    if t.contains:
        return t.contains(container, x)
    it = cast(Word, 0)
    if t.iter:
        it = get_iter(container)
    if not it:
        # No iterator, or a TypeError getting one (__iter__ = None, a non-iterator): CPython's
        # _PySequence_IterSearch words it so.
        if not pending or is_subtype(as_object(pending).type, TYPE_ERROR):
            raise_text(TYPE_ERROR, "argument of type '", t.name, "' is not iterable", "", "")
        return -1
    while True:
        item = iter_next(it)
        if not item:
            return -1 if pending else 0
        e = items_equal(item, x)
        if e != 0:
            return e


def sequence_contains(container: Word, x: Word) -> i64:
    """The contains slot of list and tuple."""
    i: i64 = 0
    while i < seq_size(container):
        e = items_equal(seq_item(container, i), x)
        if e != 0:
            return e
        i += 1
    return 0


def raise_contains_str(x: Word) -> i64:
    raise_text(TYPE_ERROR, "'in <string>' requires string as left operand, not ", type_name(x), "", "", "")
    return -1


def compare_op(op: i64, a: Word, b: Word) -> Word:
    """a OP b (COMPARE_OPS numbering): a bool Word for the builtin types."""
    if op == CMP_IS:
        return bool_word(a == b)
    if op == CMP_IS_NOT:
        return bool_word(a != b)
    if is_small(a) and is_small(b):
        x = small_value(a)
        y = small_value(b)
        if op == CMP_LT:
            return bool_word(x < y)
        if op == CMP_LE:
            return bool_word(x <= y)
        if op == CMP_EQ:
            return bool_word(x == y)
        if op == CMP_NE:
            return bool_word(x != y)
        if op == CMP_GT:
            return bool_word(x > y)
        if op == CMP_GE:
            return bool_word(x >= y)
    if op == CMP_IN or op == CMP_NOT_IN:
        r = contains(b, a)
        if r < 0:
            return cast(Word, 0)
        if op == CMP_NOT_IN:
            r = 1 - r
        return bool_word(r == 1)
    return do_richcompare(a, b, op)


def bare_operands(op: i64, comparing: i64, inplace: i64, a: Word, ad: f64, b: Word, bd: f64) -> Word:
    """An operation of compiled code with an operand kept as a bare double (the mark frameobj.BARE: the
    JIT's float_registers) and one that is not a float or a small int: box the double, then as usual."""
    if a == cast(Word, BARE):
        a = float_new(ad)
        if not a:
            return a
    if b == cast(Word, BARE):
        b = float_new(bd)
        if not b:
            return b
    if comparing:
        return compare_op(op, a, b)
    if inplace:
        return inplace_op(op, a, b)
    return binary_op(op, a, b)


# -- hashing --------------------------------------------------------------------------------

XXPRIME_1 = 11400714785074694791
XXPRIME_2 = 14029467366897019727
XXPRIME_5 = 2870177450012600261


def hash_of(w: Word, out: Ptr[i64]) -> bool:
    """hash(w) into *out: its type's hash slot, else its address; False after TypeError for an
    unhashable value (a list)."""
    if is_small(w):
        out[0] = int_hash(w)
        return True
    t = as_object(w).type
    if t.hash:
        return t.hash(w, out)
    return identity_hash(w, out)


def identity_hash(w: Word, out: Ptr[i64]) -> bool:
    """object.__hash__: from w's identity (its address when first asked)."""
    identity = identity_of(w)                       # fixed at the first ask: the collector moves w
    if identity == 0:
        raise_memory_error()
        return False
    v = cast(u64, identity)
    out[0] = cast(i64, (v >> 4) | (v << 60))      # CPython's _Py_HashPointer
    if out[0] == -1:
        out[0] = -2
    return True


def bound_hash(obj: Word, callee: i64, out: Ptr[i64]) -> bool:
    """A bound method's hash: its object's identity mixed with what it calls (CPython's meth_hash and
    method_hash), so that two bindings of one method to one object hash alike."""
    if is_small(obj):
        out[0] = int_hash(obj)
    elif not identity_hash(obj, out):
        return False
    out[0] = out[0] ^ callee
    if out[0] == -1:
        out[0] = -2
    return True


def bound_compare(same: bool, b_is_bound: bool, op: i64) -> Word:
    """The richcompare slot's answer for bound methods: == and != only (same: bound to the same object,
    calling the same thing), NotImplemented for other operators and other operands."""
    if (op != CMP_EQ and op != CMP_NE) or not b_is_bound:
        return cast(Word, NOT_IMPLEMENTED)
    return bool_word(same == (op == CMP_EQ))


def hash_not_implemented(w: Word, out: Ptr[i64]) -> bool:
    """The hash slot of the mutable containers: TypeError."""
    raise_text(TYPE_ERROR, "unhashable type: '", type_name(w), "'", "", "")
    return False


def number_hash(w: Word, out: Ptr[i64]) -> bool:
    """The hash slot of int and bool (equal numbers hash alike) and float."""
    if num_kind(w) == KIND_FLOAT:
        out[0] = float_hash_value(float_value(w))
    else:
        out[0] = int_hash(w)
    return True


def tuple_hash_items(items: Ptr[Word], n: i64, out: Ptr[i64]) -> bool:
    """CPython's tuple hash (xxHash-based) of n Words that do not move (no allocation here)."""
    acc: u64 = XXPRIME_5
    for i in range(n):
        lane: i64 = 0
        if not hash_of(items[i], addr(lane)):
            return False
        acc += u64(lane) * XXPRIME_2
        acc = (acc << 31) | (acc >> 33)
        acc *= XXPRIME_1
    acc += u64(n) ^ (XXPRIME_5 ^ 3527539)
    if acc == u64(0) - 1:
        out[0] = 1546275796
        return True
    out[0] = cast(i64, acc)
    return True


def tuple_hash(w: Word, out: Ptr[i64]) -> bool:
    """CPython's tuple hash has no recursion limit (hash() of a tuple nested 100,000 deep works); the
    native stack still bounds it, at the floor the JIT keeps for Python frames."""
    here: i64 = 0
    if cast(i64, addr(here)) < stack_floor:
        raise_text(RECURSION_ERROR, "maximum recursion depth exceeded while hashing a tuple", "", "", "", "")
        return False
    return tuple_hash_items(cast(Ptr[Tuple], w).items, cast(Ptr[Tuple], w).size, out)


class HashScratch(Struct):
    items: Array[Word, 3]


HASH_SCRATCH = static(HashScratch)


# -- items and length ---------------------------------------------------------------------------

def raise_index_type(t: Ptr[Type], index: Word) -> Word:
    if t == STR_TYPE:
        return raise_text(TYPE_ERROR, "string indices must be integers, not '", type_name(index), "'", "", "")
    return raise_text(TYPE_ERROR, t.name, " indices must be integers or slices, not ", type_name(index), "", "")


def getitem(obj: Word, index: Word) -> Word:
    """obj[index]: its type's getitem slot."""
    t = type_of_value(obj)
    if t.getitem:
        return t.getitem(obj, index)
    return raise_text(TYPE_ERROR, "'", t.name, "' object is not subscriptable", "", "")


def sequence_index(t: Ptr[Type], index: Word, out: Ptr[i64]) -> bool:
    """The index of an item of a sequence of type t into *out; False after raising."""
    status = index_value(index, out)
    if status < 0:
        if status == -1:
            raise_index_type(t, index)
        return False
    if status == 0:
        raise_cannot_fit(INDEX_ERROR, index)
        return False
    return True


def type_subscript(obj: Word, index: Word) -> Word:
    """The getitem slot of type: a class's __class_getitem__ (the builtin types' generic aliases are not
    there yet)."""
    t = cast(Ptr[Type], obj)
    if t.dict:
        f = class_attr(t, type_lookup(t, str_from_cstr("__class_getitem__")))
        if f:
            return call_builtin(f, addr(index), 1, cast(Word, 0))
    return raise_text(TYPE_ERROR, "type '", t.name, "' is not subscriptable", "", "")


def setitem(obj: Word, index: Word, value: Word) -> bool:
    """obj[index] = value: its type's setitem slot; False after raising."""
    t = type_of_value(obj)
    if t.setitem:
        return t.setitem(obj, index, value)
    raise_text(TYPE_ERROR, "'", t.name, "' object does not support item assignment", "", "")
    return False


def delitem(obj: Word, index: Word) -> bool:
    """del obj[index]: its type's delitem slot; False after raising."""
    t = type_of_value(obj)
    if t.delitem:
        return t.delitem(obj, index)
    raise_text(TYPE_ERROR, "'", t.name, "' object does not support item deletion", "", "")
    return False


def immutable_setitem(obj: Word, index: Word, value: Word) -> bool:
    """The setitem slot of the immutable sequences (tuple, str, range): CPython converts the index
    before it finds it cannot assign."""
    i: i64 = 0
    status = index_value(index, addr(i))
    if status == -2:
        return False
    if status == 0:
        raise_cannot_fit(INDEX_ERROR, index)
        return False
    raise_text(TYPE_ERROR, "'", type_name(obj), "' object does not support item assignment", "", "")
    return False


def immutable_delitem(obj: Word, index: Word) -> bool:
    """The delitem slot of the immutable sequences, worded apart by CPython for an int index."""
    i: i64 = 0
    status = index_value(index, addr(i))
    if status == -2:
        return False
    if status == 0:
        raise_cannot_fit(INDEX_ERROR, index)
        return False
    if status > 0:
        raise_text(TYPE_ERROR, "'", type_name(obj), "' object doesn't support item deletion", "", "")
        return False
    raise_text(TYPE_ERROR, "'", type_name(obj), "' object does not support item deletion", "", "")
    return False


def length(obj: Word) -> Word:
    """len(obj) as an int Word: its type's length slot."""
    t = type_of_value(obj)
    if t.length:
        return t.length(obj)
    return raise_text(TYPE_ERROR, "object of type '", t.name, "' has no len()", "", "")


def sequence_length(obj: Word) -> Word:
    """The length slot of list and tuple."""
    return small(seq_size(obj))


def sequence_truth(obj: Word) -> i64:
    """The truth slot of list and tuple."""
    return 0 if seq_size(obj) == 0 else 1


def mapping_length(obj: Word) -> Word:
    """The length slot of dict and its views."""
    if not namespace_whole(obj):
        return cast(Word, 0)
    return small(mapping_size(obj))


def mapping_truth(obj: Word) -> i64:
    return 0 if mapping_size(obj) == 0 else 1


# -- repr and str -------------------------------------------------------------------------------

def repr_enter(obj: Word) -> i64:
    """Start the repr of a container: 1 when it is already being repr'd (it holds itself),
    0 when pushed (call repr_leave after), -1 after raising."""
    global repr_stack
    if not repr_stack:
        l = list_new(4)
        if not l:
            return -1
        repr_stack = l
    s = cast(Ptr[List], repr_stack)
    for i in range(s.size):
        if list_array(s).items[i] == obj:
            return 1
    if not enter_nesting(" while getting the repr of an object"):
        return -1
    if not list_append(repr_stack, obj):
        leave_nesting()
        return -1
    return 0


def repr_leave() -> None:
    s = cast(Ptr[List], repr_stack)
    s.size -= 1
    list_array(s).items[s.size] = cast(Word, 0)
    leave_nesting()


def sequence_repr(obj: Word) -> Word:
    """repr of a list ([1, 2]) or a tuple ((1,), (1, 2))."""
    is_list = as_object(obj).type == LIST_TYPE
    if seq_size(obj) == 0:
        return str_from_cstr("[]" if is_list else "()")
    entered = repr_enter(obj)
    if entered < 0:
        return cast(Word, 0)
    if entered == 1:
        return str_from_cstr("[...]" if is_list else "(...)")
    b = str_builder_new()
    if not b:
        repr_leave()
        return cast(Word, 0)
    str_builder_add_cstr(b, "[" if is_list else "(")
    i: i64 = 0
    while i < seq_size(obj):
        if i > 0:
            str_builder_add_cstr(b, ", ")
        r = repr_of(seq_item(obj, i))
        if not r:
            str_builder_free(b)
            repr_leave()
            return r
        str_builder_add_str(b, r)
        i += 1
    if is_list:
        str_builder_add_cstr(b, "]")
    elif seq_size(obj) == 1:
        str_builder_add_cstr(b, ",)")
    else:
        str_builder_add_cstr(b, ")")
    repr_leave()
    return str_builder_finish(b)


def add_repr(b: Ptr[StrBuilder], w: Word) -> bool:
    """Append repr(w); False after raising."""
    r = repr_of(w)
    if not r:
        return False
    str_builder_add_str(b, r)
    return True


def is_slot_name(name: Ptr[u8]) -> bool:
    """The dunders CPython's types implement as slots (typeobject.c's slotdefs), whose methods are
    "slot wrapper"s: object.__init__, int.__add__ (the others are "method"s: object.__reduce__)."""
    k: i64 = 0
    while name[k] != 0:
        k += 1
    if k < 5 or name[0] != 0x5F or name[1] != 0x5F or name[k - 1] != 0x5F or name[k - 2] != 0x5F:
        return False
    text = cast(Ptr[u8], SLOT_NAMES)
    i: i64 = 0
    while text[i] != 0:                 # the space-separated names, each compared with name
        j: i64 = 0
        while text[i + j] != 0x20 and text[i + j] != 0 and name[j] == text[i + j]:
            j += 1
        if j == k and (text[i + j] == 0x20 or text[i + j] == 0):
            return True
        while text[i] != 0x20 and text[i] != 0:
            i += 1
        if text[i] == 0x20:
            i += 1
    return False


SLOT_NAMES = ("__getattribute__ __getattr__ __setattr__ __delattr__ __repr__ __hash__ __call__ __str__ __lt__ "
              "__le__ __eq__ __ne__ __gt__ __ge__ __iter__ __next__ __get__ __set__ __delete__ __init__ __del__ "
              "__len__ __getitem__ __setitem__ __delitem__ __contains__ __add__ __radd__ __sub__ __rsub__ __mul__ "
              "__rmul__ __mod__ __rmod__ __divmod__ __rdivmod__ __pow__ __rpow__ __neg__ __pos__ __abs__ __bool__ "
              "__invert__ __lshift__ __rlshift__ __rshift__ __rrshift__ __and__ __rand__ __xor__ __rxor__ __or__ "
              "__ror__ __int__ __float__ __iadd__ __isub__ __imul__ __imod__ __ipow__ __ilshift__ __irshift__ "
              "__iand__ __ixor__ __ior__ __floordiv__ __rfloordiv__ __truediv__ __rtruediv__ __ifloordiv__ "
              "__itruediv__ __index__ __matmul__ __rmatmul__ __imatmul__")


def builtin_repr(obj: Word) -> Word:
    """<built-in function len>, <built-in method append of list object at 0x...>."""
    f = cast(Ptr[BuiltinFunction], obj)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    if not f.bound_self and f.owner and not f.call:
        if is_slot_name(f.name):                      # a method taken from its type: str.lower
            str_builder_add_cstr(b, "<slot wrapper '")
        else:
            str_builder_add_cstr(b, "<method '")
        str_builder_add_cstr(b, f.name)
        str_builder_add_cstr(b, "' of '")
        str_builder_add_cstr(b, f.owner.name)
        str_builder_add_cstr(b, "' objects>")
    elif f.bound_self:
        str_builder_add_cstr(b, "<built-in method ")
        str_builder_add_cstr(b, f.name)
        str_builder_add_cstr(b, " of ")
        str_builder_add_cstr(b, type_name(f.bound_self))
        str_builder_add_cstr(b, " object at ")
        str_builder_add_hex(b, cast(u64, f.bound_self))
        str_builder_add_cstr(b, ">")
    else:
        str_builder_add_cstr(b, "<built-in function ")
        str_builder_add_cstr(b, f.name)
        str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


def exception_repr(obj: Word) -> Word:
    """ValueError('message'), ValueError(), ValueError(1, 2)."""
    args = cast(Ptr[ExceptionObject], obj).args
    inner = cast(Word, 0)
    if cast(Ptr[Tuple], args).size == 1:
        inner = repr_of(cast(Ptr[Tuple], args).items[0])
        if not inner:
            return inner
        return message(type_name(obj), "(", "", inner, ")", "", "", "")
    inner = repr_of(cast(Ptr[ExceptionObject], obj).args)
    if not inner:
        return inner
    return message(type_name(obj), "", "", inner, "", "", "", "")


def exception_str(obj: Word) -> Word:
    """str(exception): '' without arguments, str(the argument) with one, else repr(args)."""
    args = cast(Ptr[ExceptionObject], obj).args
    n = cast(Ptr[Tuple], args).size
    if is_subtype(cast(Ptr[ExceptionObject], obj).type, SYNTAX_ERROR):
        return syntax_error_str(args)
    if n == 0:
        return str_from_cstr("")
    if n == 1:
        if is_subtype(cast(Ptr[ExceptionObject], obj).type, KEY_ERROR):
            return repr_of(cast(Ptr[Tuple], args).items[0])        # KeyError shows the key as written
        return str_of(cast(Ptr[Tuple], args).items[0])
    if n == 2 and is_subtype(cast(Ptr[ExceptionObject], obj).type, OS_ERROR):
        return os_error_str(obj)
    if is_unicode_encode_error(obj):
        return unicode_encode_error_str(args)
    return repr_of(args)


def is_unicode_encode_error(obj: Word) -> bool:
    """A UnicodeEncodeError with CPython's five arguments: encoding, object, start, end, reason."""
    e = cast(Ptr[ExceptionObject], obj)
    if not is_subtype(e.type, UNICODE_ENCODE_ERROR) or cast(Ptr[Tuple], e.args).size != 5:
        return False
    a = cast(Ptr[Tuple], e.args).items
    return (is_str(a[0]) and is_str(a[1]) and is_small(as_int(a[2])) and is_small(as_int(a[3]))
            and is_str(a[4]))


def unicode_encode_error_str(args: Word) -> Word:
    """CPython's UnicodeEncodeError_str: one character shown escaped, or a range of positions."""
    a = cast(Ptr[Tuple], args).items
    start = small_value(as_int(a[2]))
    end = small_value(as_int(a[3]))
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "'")
    str_builder_add_str(b, a[0])
    if 0 <= start and start < cast(Ptr[Str], a[1]).length and end == start + 1:
        cp = utf8_decode(cast(Ptr[Str], a[1]).data + str_byte_offset(a[1], start))
        out = ESCAPE_TEXT.text
        size = write_code_point_escape(cp, out)
        str_builder_add_cstr(b, "' codec can't encode character '")
        str_builder_add_bytes(b, out, size, size)
        str_builder_add_cstr(b, "' in position ")
        str_builder_add_cstr(b, decimal_text(0, start))
    else:
        str_builder_add_cstr(b, "' codec can't encode characters in position ")
        str_builder_add_cstr(b, decimal_text(0, start))
        str_builder_add_cstr(b, "-")
        str_builder_add_cstr(b, decimal_text(1, end - 1))
    str_builder_add_cstr(b, ": ")
    str_builder_add_str(b, a[4])
    return str_builder_finish(b)


def syntax_error_field(args: Word, k: i64) -> Word:
    """SyntaxError's field k: 0 msg, then filename, lineno, offset, text, end_lineno, end_offset from
    SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset])); 0 for None."""
    a = cast(Ptr[Tuple], args)
    if k == 0:
        return a.items[0] if a.size >= 1 else cast(Word, 0)
    if a.size != 2 or type_of_value(a.items[1]) != TUPLE_TYPE or k > cast(Ptr[Tuple], a.items[1]).size:
        return cast(Word, 0)
    return cast(Ptr[Tuple], a.items[1]).items[k - 1]


def syntax_error_str(args: Word) -> Word:
    """CPython's SyntaxError_str: the message, and where: (file.py, line 3), the file's base name."""
    msg = syntax_error_field(args, 0)
    filename = syntax_error_field(args, 1)
    lineno = syntax_error_field(args, 2)
    text = str_of(msg if msg else none_word())
    has_file = filename and is_str(filename)
    has_line = lineno and type_of_value(lineno) == INT_TYPE
    if not text or not (has_file or has_line):
        return text
    line = str_of(lineno) if has_line else cast(Word, 0)
    if has_line and not line:
        return line
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_str(b, text)
    str_builder_add_cstr(b, " (")
    if has_file:
        f = cast(Ptr[Str], filename)
        start: i64 = 0
        for i in range(f.nbytes):
            if f.data[i] == 47:                 # '/': what follows the last one
                start = i + 1
        chars: i64 = 0
        for i in range(start, f.nbytes):
            if (f.data[i] & 0xC0) != 0x80:
                chars += 1
        str_builder_add_bytes(b, f.data + start, f.nbytes - start, chars)
        if has_line:
            str_builder_add_cstr(b, ", ")
    if has_line:
        str_builder_add_cstr(b, "line ")
        str_builder_add_str(b, line)
    str_builder_add_cstr(b, ")")
    return str_builder_finish(b)


def os_error_str(e: Word) -> Word:
    """str(OSError(errno, strerror)): [Errno 32] Broken pipe; with a file name,
    [Errno 2] No such file or directory: 'x'."""
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "[Errno ")
    for k in range(3):
        s = cast(Word, 0)
        if k < 2:
            s = str_of(cast(Ptr[Tuple], cast(Ptr[ExceptionObject], e).args).items[k])
        elif cast(Ptr[ExceptionObject], e).name:
            s = repr_of(cast(Ptr[ExceptionObject], e).name)
        else:
            break
        if not s:
            str_builder_free(b)
            return s
        str_builder_add_str(b, s)
        if k == 0:
            str_builder_add_cstr(b, "] ")
        elif k == 1 and cast(Ptr[ExceptionObject], e).name:
            str_builder_add_cstr(b, ": ")
    return str_builder_finish(b)


def object_repr(obj: Word) -> Word:
    """<list_iterator object at 0x7f...>: the default repr."""
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_cstr(b, "<")
    str_builder_add_cstr(b, type_name(obj))
    str_builder_add_cstr(b, " object at ")
    str_builder_add_hex(b, cast(u64, obj))
    str_builder_add_cstr(b, ">")
    return str_builder_finish(b)


def raise_int_too_long() -> Word:
    return raise_text(VALUE_ERROR, "Exceeds the limit (", decimal_text(0, int_max_str_digits),
                      " digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
                      "", "")


def int_to_str(w: Word) -> Word:
    """str(w) for a BigInt, within sys.get_int_max_str_digits() digits as CPython demands."""
    limit = int_max_str_digits
    if limit > 0:
        # A lower bound of the digit count first, so that a huge int is refused without converting it.
        bits = int_bit_length(w)
        if (bits - 1) * 30103 // 100000 + 1 > limit:
            return raise_int_too_long()
    s = int_to_decimal(w)
    if not s or limit == 0:
        return s
    digits = cast(Ptr[Str], s).nbytes
    if sign_of(w) < 0:
        digits -= 1
    if digits > limit:
        return raise_int_too_long()
    return s


def repr_of(obj: Word) -> Word:
    """repr(obj), a str: its type's repr slot, else <NAME object at 0x...>."""
    if is_small(obj):
        return int_to_decimal(obj)
    t = as_object(obj).type
    if t.repr:
        return t.repr(obj)
    return object_repr(obj)


def str_of(obj: Word) -> Word:
    """str(obj), a str: its type's str slot, else its repr."""
    if is_small(obj):
        return int_to_decimal(obj)
    t = as_object(obj).type
    if t.str:
        return t.str(obj)
    return repr_of(obj)


def type_repr(obj: Word) -> Word:
    if cast(Ptr[Type], obj).dict:
        return user_type_repr(cast(Ptr[Type], obj))
    return message("<class '", cast(Ptr[Type], obj).name, "'>", cast(Word, 0), "", "", "", "")


# -- iteration -------------------------------------------------------------------------------------

def is_iterable(w: Word) -> bool:
    if type_of_value(w).iter:
        return True
    return False


def get_iter(obj: Word) -> Word:
    """iter(obj): its type's iter slot (an iterator's is the iterator itself)."""
    t = type_of_value(obj)
    if t.iter:
        return t.iter(obj)
    return raise_not_iterable(obj)


def iter_self(it: Word) -> Word:
    """The iter slot of the iterators."""
    return it


def iterator_slots(t: Ptr[Type], next: Fn[[Word], Word]) -> None:
    """Make t a type of iterators whose next slot is next."""
    t.iter = iter_self
    t.next = next


def iter_next(it: Word) -> Word:
    """next(it): the next item, from its type's next slot; the null Word with errors.pending 0
    when exhausted, and the null Word with an exception pending after an error."""
    t = type_of_value(it)
    if t.next:
        return t.next(it)
    return raise_text(TYPE_ERROR, "'", t.name, "' object is not an iterator", "", "")


def raise_unpack_count(expected: i64, got: i64) -> bool:
    if got > expected:
        raise_text(VALUE_ERROR, "too many values to unpack (expected ", decimal_text(0, expected), ")", "", "")
    else:
        raise_text(VALUE_ERROR, "not enough values to unpack (expected ", decimal_text(0, expected), ", got ",
                   decimal_text(1, got), ")")
    return False


def unpack(seq: Word, n: i64, out: Ptr[Word]) -> bool:
    """Store the n items of seq (which must have exactly n) in out[0:n]; False after raising.

    out points into a GC root area, so the items stored stay valid while strs are made."""
    t = type_of_value(seq)
    if t == LIST_TYPE or t == TUPLE_TYPE:
        size = seq_size(seq)
        if size != n:
            return raise_unpack_count(n, size)
        for i in range(n):
            out[i] = seq_item(seq, i)
        return True
    if t == STR_TYPE:
        chars = cast(Ptr[Str], seq).length
        if chars != n:
            return raise_unpack_count(n, chars)
        offset: i64 = 0
        for i in range(n):
            s = cast(Ptr[Str], seq)
            cp = utf8_decode(s.data + offset)
            offset += utf8_sequence_length(s.data[offset])
            c = str_from_code_point(cp)
            if not c:
                return False
            out[i] = c
        return True
    if t == RANGE_TYPE:
        size_word = cast(Ptr[Range], seq).length
        count: i64 = 0
        if not is_small(size_word):
            return raise_unpack_count(n, n + 1)
        count = small_value(size_word)
        if count != n:
            return raise_unpack_count(n, count)
        for i in range(n):
            item = range_item(seq, small(i))
            if not item:
                return False
            out[i] = item
        return True
    if not is_iterable(seq):
        raise_text(TYPE_ERROR, "cannot unpack non-iterable ", t.name, " object", "", "")
        return False
    it = get_iter(seq)
    if not it:
        return False
    for i in range(n):
        item = iter_next(it)
        if not item:
            if pending:
                return False
            return raise_unpack_count(n, i)
        out[i] = item
    extra = iter_next(it)
    if extra:
        return raise_unpack_count(n, n + 1)
    return not pending


def unpack_ex(seq: Word, n: i64, star: i64, out: Ptr[Word]) -> bool:
    """a, *b, c = seq: out[0:n] = the items, out[star] a list of those the other targets leave;
    False after raising. out points into a GC root area."""
    if not is_iterable(seq):
        raise_text(TYPE_ERROR, "cannot unpack non-iterable ", type_name(seq), " object", "", "")
        return False
    items = list_from_iterable(seq)           # a new list, even of a list
    if not items:
        return False
    size = cast(Ptr[List], items).size
    if size < n - 1:
        raise_text(VALUE_ERROR, "not enough values to unpack (expected at least ", decimal_text(0, n - 1), ", got ",
                   decimal_text(1, size), ")")
        return False
    middle = size - (n - 1)
    rest = list_new(middle)
    if not rest:
        return False
    a = list_array(cast(Ptr[List], items))
    r = list_array(cast(Ptr[List], rest))
    for k in range(middle):
        r.items[k] = a.items[star + k]
    cast(Ptr[List], rest).size = middle
    for k in range(star):
        out[k] = a.items[k]
    out[star] = rest
    for k in range(star + 1, n):
        out[k] = a.items[middle + k - 1]
    return True


def list_extend_star(l: Word, iterable: Word) -> bool:
    """[..., *iterable, ...]: l.extend(iterable) with CPython's message for what is not iterable."""
    if not is_iterable(iterable):
        raise_text(TYPE_ERROR, "Value after * must be an iterable, not ", type_name(iterable), "", "", "")
        return False
    return list_extend(l, iterable)


def list_extend(l: Word, iterable: Word) -> bool:
    """l.extend(iterable) (also l += iterable); False after raising."""
    t = type_of_value(iterable)
    if t == LIST_TYPE or t == TUPLE_TYPE:
        n = seq_size(iterable)               # read first: l.extend(l) doubles l
        if n == 0:
            return True
        old = cast(Ptr[List], l).size
        total, overflowed = add_ovf(old, n)
        if overflowed or total > LIST_MAX_ITEMS:
            raise_memory_error()
            return False
        if not list_resize(l, total):
            return False
        a = list_array(cast(Ptr[List], l))
        for k in range(n):
            a.items[old + k] = seq_item(iterable, k)
        return True
    it = get_iter(iterable)            # raises TypeError for what is not iterable
    if not it:
        return False
    while True:
        item = iter_next(it)
        if not item:
            return not pending
        if not list_append(l, item):
            return False


def list_from_iterable(iterable: Word) -> Word:
    """list(iterable), a new list."""
    t = type_of_value(iterable)
    if t == TUPLE_TYPE:
        return list_from_tuple(iterable)
    l = list_new(0)
    if not l:
        return l
    if not list_extend(l, iterable):
        return cast(Word, 0)
    return l


def tuple_from_iterable(iterable: Word) -> Word:
    """tuple(iterable): iterable itself when it is a tuple."""
    t = type_of_value(iterable)
    if t == TUPLE_TYPE:
        return iterable
    if t == LIST_TYPE:
        return tuple_from_list(iterable)
    l = list_from_iterable(iterable)
    if not l:
        return l
    return tuple_from_list(l)


def tuple_from_list(l: Word) -> Word:
    """tuple(l) for a list l."""
    n = cast(Ptr[List], l).size
    t = cast(Ptr[Tuple], tuple_new(n))
    if not t:
        return cast(Word, 0)
    a = list_array(cast(Ptr[List], l))       # after new: l may have moved
    for k in range(n):
        t.items[k] = a.items[k]
    return cast(Word, t)


# -- attributes and methods ----------------------------------------------------------------------

# Set by the driver: whether CPython's module (is_module) or type of that name has the attribute.
cpython_has_attribute: Fn[[Ptr[u8], Word, bool], bool]


def raise_no_attribute(obj: Word, name: Word) -> Word:
    """AttributeError as CPython words it; NotSupported where CPython's object has the attribute."""
    t = type_of_value(obj)
    owner = t.name
    is_type = is_type_object(obj)
    if t == MODULE_TYPE:
        owner = cast(Ptr[ModuleObject], obj).name
    elif is_type:
        owner = cast(Ptr[Type], obj).name
    user = t.dict != cast(Word, 0)           # a user class's names are not CPython's types
    if is_type and cast(Ptr[Type], obj).dict:
        user = True
    known = owner                            # the CPython type or module whose attributes obj has
    cls = t
    if t == TYPE_TYPE:
        cls = cast(Ptr[Type], obj)
    if user and builtin_base(cls) != OBJECT_TYPE:
        known = builtin_base(cls).name       # a user exception class or instance: E.add_note, e.add_note
        user = False
    if cpython_has_attribute and not user:
        if cpython_has_attribute(known, name, t == MODULE_TYPE):
            return raise_message(NOT_SUPPORTED, known, ".", "", name, "", "", "", "")
    if cpython_has_attribute and user:
        # What a class inherits from type, or an instance from object, that pyvm's lack (A.mro, a.__lt__)
        if cpython_has_attribute("type" if is_type else "object()", name, False):
            return raise_message(NOT_SUPPORTED, owner, ".", "", name, "", "", "", "")
    if t == MODULE_TYPE:
        raise_message(ATTRIBUTE_ERROR, "module '", owner, "' has no attribute '", name, "'", "", "", "")
    elif is_type:
        raise_message(ATTRIBUTE_ERROR, "type object '", owner, "' has no attribute '", name, "'", "", "", "")
    else:
        raise_message(ATTRIBUTE_ERROR, "'", owner, "' object has no attribute '", name, "'", "", "", "")
    return name_pending(ATTRIBUTE_ERROR, name, obj)


def get_attr(obj: Word, name: Word) -> Word:
    """obj.name for a str name: a method of its type (bound), else its type's getattr slot."""
    t = type_of_value(obj)
    if not t.dict:                          # a user class: object's methods come in its MRO's order
        m = find_method(t, name)
        if m:
            return bound_method_new(obj, m)
    if t.getattr:
        r = t.getattr(obj, name)
        if r or pending:
            return r
    if name_is(name, "__class__"):
        return cast(Word, t)
    return raise_no_attribute(obj, name)


def type_get_attr(obj: Word, name: Word) -> Word:
    """The getattr slot of type."""
    if name_is(name, "__name__"):
        text = cast(Ptr[Type], obj).name
        k: i64 = 0
        while text[k] != 0:
            if text[k] == 0x2E:                 # _io.TextIOWrapper's name is after its module's
                text = text + (k + 1)
                k = 0
            else:
                k += 1
        return str_from_cstr(text)
    if cast(Ptr[Type], obj).dict:
        return user_type_get_attr(cast(Ptr[Type], obj), name)
    m = find_method(cast(Ptr[Type], obj), name)
    if m and m.call:
        return cast(Word, m)            # a static method (str.maketrans)
    if m and cast(Ptr[Type], obj) != OBJECT_TYPE:       # object's own: builtin_type_get_attr, as before
        return method_descriptor(m)     # str.lower, called str.lower(s)
    return builtin_type_get_attr(cast(Ptr[Type], obj), name)


def set_attr(obj: Word, name: Word, value: Word) -> bool:
    """obj.name = value: its type's setattr slot, else CPython's AttributeError for an object without
    such an attribute. False after raising."""
    t = type_of_value(obj)
    if t.setattr:
        return t.setattr(obj, name, value)
    return object_setattr(obj, name, value)


def del_attr(obj: Word, name: Word) -> bool:
    """del obj.name: its type's setattr slot with no value; NotSupported for the types without one.
    False after raising."""
    t = type_of_value(obj)
    if t.setattr:
        return t.setattr(obj, name, cast(Word, 0))
    raise_message(NOT_SUPPORTED, "deleting attributes of '", t.name, "' objects", cast(Word, 0), "", "", "", "")
    return False


def object_setattr(obj: Word, name: Word, value: Word) -> bool:
    """The setattr slot of the builtin types without a __dict__ (value 0: del): always an error in
    CPython's words, NotSupported for attributes only CPython's type has."""
    t = type_of_value(obj)
    if find_method(t, name):
        raise_message(ATTRIBUTE_ERROR, "'", t.name, "' object attribute '", name, "' is read-only", "", "", "")
        return False
    if not value and cpython_has_attribute:
        if cpython_has_attribute(t.name, name, False):
            raise_message(NOT_SUPPORTED, "deleting ", t.name, ".", name, "", "", "", "")
            return False
    raise_no_attribute(obj, name)
    return False


def setattr_not_supported(obj: Word, name: Word, value: Word) -> bool:
    """The setattr slot of the objects whose attributes pyvm cannot set or delete yet."""
    if value:
        raise_message(NOT_SUPPORTED, "setting attributes of ", type_name(obj), " objects", cast(Word, 0), "", "", "", "")
    else:
        raise_message(NOT_SUPPORTED, "deleting attributes of '", type_name(obj), "' objects", cast(Word, 0), "", "",
                      "", "")
    return False


def type_setattr(obj: Word, name: Word, value: Word) -> bool:
    """The setattr slot of type: the builtin types are immutable."""
    if cast(Ptr[Type], obj).dict:
        return user_type_setattr(cast(Ptr[Type], obj), name, value)
    if not value:
        return setattr_not_supported(obj, name, value)
    raise_message(TYPE_ERROR, "cannot set '", "", "", name, "' attribute of immutable type '", cast(Ptr[Type], obj).name,
                  "'", "")
    return False


def check_method(obj: Word, name: Word) -> bool:
    """Whether obj has an attribute name (False after raising AttributeError): a method call looks
    its method up before it evaluates the arguments."""
    t = type_of_value(obj)
    if t.dict:
        # Found without running code, or found by code (__getattribute__, __getattr__) that
        # CALL_METHOD runs, once: it reads the attribute.
        if not default_getattr(t) or instance_finds(obj, name):
            return True
    elif find_method(t, name):
        return True
    return get_attr(obj, name) != cast(Word, 0)


def call_method(obj: Word, name: Word, args: Ptr[Word], n: i64) -> Word:
    """obj.name(*args[0:n]) without making a bound method when obj's type has the method.
    args points into a GC root area."""
    t = type_of_value(obj)
    if t.dict:
        r = instance_call_method(obj, name, args, n)
        if r or pending:
            return r
    else:
        m = find_method(t, name)
        if m and m.method:
            return m.method(obj, args, n, cast(Word, 0))
    f = get_attr(obj, name)
    if not f:
        return f
    return call_value(f, args, n)


def call_value(f: Word, args: Ptr[Word], n: i64) -> Word:
    """f(*args) for any callable (an attribute's value)."""
    return call_builtin(f, args, n, cast(Word, 0))


def import_module(name: Word) -> Word:
    """import NAME: the sys and builtins modules; ModuleNotFoundError for anything else."""
    if name_is(name, "sys"):
        return cast(Word, SYS)
    if name_is(name, "builtins"):
        return cast(Word, BUILTINS)
    return raise_message(MODULE_NOT_FOUND_ERROR, "No module named '", "", "", name, "'", "", "", "")
