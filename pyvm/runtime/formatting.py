"""Formatting text: format() and the format-spec mini-language for int, bool, float and str (CPython
3.11's Python/formatter_unicode.c), f-strings (FORMAT_VALUE and BUILD_STRING), ascii(), and printf-style
`str % args` (PyUnicode_Format). Floats are written by float_repr.float_format_text, correctly rounded.

The parts are built in a StrBuilder (malloc'd memory, which never moves); the one str is made at the end.
A format spec is parsed into the static SPEC, which nothing here reads after calling code that may
format another value (repr, str, a class's `__format__`: call_format). An int, float or str subclass
without a `__format__` of its own has its value formatted as the builtin's.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.builtinsub import unwrap
from pyvm.runtime.classobj import is_user_type, type_lookup, OBJECT_TYPE
from pyvm.runtime.ops import type_of_value, call_method, is_str, INT_TYPE, FLOAT_TYPE, BUILTIN_TYPE
from pyvm.gc.roots import area_push, area_pop
from pyvm.runtime.object import Type, BoolObject, BuiltinFunction, is_small, small_value, has_type, as_object, add_method
from pyvm.runtime.intobj import BigInt, as_int, big, sign_of, int_to_i64
from pyvm.runtime.bigint import mag_bit_length, mag_bits_at
from pyvm.runtime.floatobj import float_value, float_to_int
from pyvm.runtime.float_repr import (float_format_text, float_text_size, FLAG_ALT, FLAG_ADD_DOT_0, FLAG_NO_NEG_0)
from pyvm.runtime.strobj import (Str, str_from_cstr, str_empty, str_len, str_byte_offset, str_substring, utf8_decode,
                                 utf8_sequence_length, utf8_encode, write_code_point_escape, memcpy, STR_MAX_BYTES)
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.strbuilder import (StrBuilder, str_builder_new, str_builder_add_bytes, str_builder_add_cstr,
                                     str_builder_add_str, str_builder_finish, str_builder_free, malloc, free)
from pyvm.runtime.errors import (raise_not_supported, raise_text, raise_message, raise_msg, raise_memory_error, decimal_text, TYPE_ERROR,
                                 VALUE_ERROR, OVERFLOW_ERROR)
from pyvm.runtime.dictobj import DICT_TYPE
from pyvm.runtime.ops import (type_name, num_kind, repr_of, str_of, int_to_str, to_double, getitem, KIND_INT,
                              KIND_FLOAT, KIND_OTHER, STR_TYPE, TUPLE_TYPE, LIST_TYPE, RANGE_TYPE)
from pyvm.runtime.builtins import one_argument, positional_count

SPACE = 0x20
ZERO = 0x30
SSIZE_MAX = 0x7FFFFFFFFFFFFFFF
INT_MAX = 0x7FFFFFFF


class FormatSpec(Struct):
    fill: i64                  # a code point
    align: i64                 # < > ^ =
    sign: i64                  # + - space, or 0
    no_neg_0: bool             # z
    alternate: bool            # #
    width: i64                 # -1: none
    grouping: i64              # , or _ (0: none)
    group: i64                 # digits per group: 3, or 4 for '_' with b o x X
    precision: i64             # -1: none
    type: i64                  # a code point, 0: none


SPEC = static(FormatSpec)


class TextScratch(Struct):
    hex: Array[u8, 16]         # hex_text
    cp: Array[u8, 8]           # one code point's UTF-8


TEXT = static(TextScratch)


def is_one_of(c: i64, chars: Ptr[u8]) -> bool:
    """c is one of the ASCII characters of the literal chars."""
    k: i64 = 0
    while chars[k] != 0:
        if c == i64(chars[k]):
            return True
        k += 1
    return False


def hex_text(v: i64) -> Ptr[u8]:
    """v >= 0 in lowercase hex, NUL-terminated, in static memory."""
    out = TEXT.hex
    digits: i64 = 1
    while (v >> (4 * digits)) != 0:
        digits += 1
    for k in range(digits):
        d = (v >> (4 * (digits - 1 - k))) & 15
        out[k] = u8(d + 0x30) if d < 10 else u8(d - 10 + 0x61)
    out[digits] = 0
    return out


def char_text(cp: i64) -> Ptr[u8]:
    """cp as NUL-terminated UTF-8, in static memory."""
    n = utf8_encode(cp, TEXT.cp)
    TEXT.cp[n] = 0
    return TEXT.cp


def add_code_point(b: Ptr[StrBuilder], cp: i64, count: i64) -> None:
    """Append cp count times."""
    text = char_text(cp)
    n = utf8_sequence_length(text[0])
    for k in range(count):
        str_builder_add_bytes(b, text, n, 1)


def code_points(s: Word) -> Ptr[i64]:
    """The code points of the str s in a malloc'd array (null after MemoryError)."""
    p = cast(Ptr[Str], s)
    cps = cast(Ptr[i64], malloc(p.length * 8 + 8))
    if not cps:
        raise_memory_error()
        return cps
    pos: i64 = 0
    for k in range(p.length):
        cps[k] = utf8_decode(p.data + pos)
        pos += utf8_sequence_length(p.data[pos])
    return cps


def finish(b: Ptr[StrBuilder], ok: bool) -> Word:
    """The str built, or the null Word (the error raised) when not ok."""
    if not ok:
        str_builder_free(b)
        return cast(Word, 0)
    return str_builder_finish(b)


# -- the format-spec mini-language ------------------------------------------------------------------

def read_integer(cps: Ptr[i64], pos: Ptr[i64], end: i64, out: Ptr[i64]) -> i64:
    """The decimal digits at cps[pos]: their count (out set), or -1 after ValueError on overflow."""
    value: i64 = 0
    count: i64 = 0
    while pos[0] < end and cps[pos[0]] >= ZERO and cps[pos[0]] <= 0x39:
        digit = cps[pos[0]] - ZERO
        if value > (SSIZE_MAX - digit) // 10:
            raise_msg(VALUE_ERROR, "Too many decimal digits in format string")
            return -1
        value = value * 10 + digit
        pos[0] = pos[0] + 1
        count += 1
    out[0] = value
    return count


def raise_with_code(a: Ptr[u8], c: i64, b: Ptr[u8], d: Ptr[u8], e: Ptr[u8]) -> bool:
    """Raise ValueError(a + 'c' + b + d + e), c shown as \\xNN unless printable ASCII; False."""
    if c > 32 and c < 128:
        raise_text(VALUE_ERROR, a, char_text(c), b, d, e)
    else:
        raise_message(VALUE_ERROR, a, "\\x", hex_text(c), cast(Word, 0), b, d, e, "")
    return False


def parse_spec(obj: Word, s: Word, default_type: i64, default_align: i64) -> bool:
    """Parse the format spec s for obj into SPEC, with CPython's ValueErrors; False after raising."""
    cps = code_points(s)
    if not cps:
        return False
    ok = parse_code_points(obj, s, cps, cast(Ptr[Str], s).length, default_type, default_align)
    free(cast(Ptr[u8], cps))
    return ok


def parse_code_points(obj: Word, s: Word, cps: Ptr[i64], end: i64, default_type: i64, default_align: i64) -> bool:
    spec = SPEC
    spec.fill = SPACE
    spec.align = default_align
    spec.sign = 0
    spec.no_neg_0 = False
    spec.alternate = False
    spec.width = -1
    spec.grouping = 0
    spec.group = 3
    spec.precision = -1
    spec.type = default_type
    pos: i64 = 0
    fill_given = False
    align_given = False
    if end >= 2 and is_one_of(cps[1], "<>=^"):
        spec.fill = cps[0]
        spec.align = cps[1]
        fill_given = True
        align_given = True
        pos = 2
    elif end >= 1 and is_one_of(cps[0], "<>=^"):
        spec.align = cps[0]
        align_given = True
        pos = 1
    if pos < end and is_one_of(cps[pos], "+- "):
        spec.sign = cps[pos]
        pos += 1
    if pos < end and cps[pos] == 0x7A:            # z
        spec.no_neg_0 = True
        pos += 1
    if pos < end and cps[pos] == 0x23:            # #
        spec.alternate = True
        pos += 1
    if not fill_given and pos < end and cps[pos] == ZERO:
        spec.fill = ZERO
        if not align_given and default_align == 0x3E:
            spec.align = 0x3D
        pos += 1
    width: i64 = 0
    consumed = read_integer(cps, addr(pos), end, addr(width))
    if consumed < 0:
        return False
    if consumed > 0:
        spec.width = width
    if pos < end and cps[pos] == 0x2C:
        spec.grouping = 0x2C
        pos += 1
    if pos < end and cps[pos] == 0x5F:
        if spec.grouping != 0:
            raise_msg(VALUE_ERROR, "Cannot specify both ',' and '_'.")
            return False
        spec.grouping = 0x5F
        pos += 1
    if pos < end and cps[pos] == 0x2C and spec.grouping == 0x5F:
        raise_msg(VALUE_ERROR, "Cannot specify both ',' and '_'.")
        return False
    if pos < end and cps[pos] == 0x2E:
        pos += 1
        precision: i64 = 0
        consumed = read_integer(cps, addr(pos), end, addr(precision))
        if consumed < 0:
            return False
        if consumed == 0:
            raise_msg(VALUE_ERROR, "Format specifier missing precision")
            return False
        spec.precision = precision
    if end - pos > 1:
        raise_message(VALUE_ERROR, "Invalid format specifier '", "", "", s, "' for object of type '", type_name(obj),
                      "'", "")
        return False
    if end - pos == 1:
        spec.type = cps[pos]
    if spec.grouping != 0:
        if spec.type == 0 or is_one_of(spec.type, "defgEG%F"):
            return True
        if is_one_of(spec.type, "boxX") and spec.grouping == 0x5F:
            spec.group = 4
            return True
        return raise_with_code("Cannot specify ',' with '" if spec.grouping == 0x2C else "Cannot specify '_' with '",
                               spec.type, "'.", "", "")
    return True


def raise_unknown_code(obj: Word, code: i64) -> Word:
    raise_with_code("Unknown format code '", code, "' for object of type '", type_name(obj), "'")
    return cast(Word, 0)


# -- numbers: [padding][sign][prefix][padding][grouped digits][.][remainder][padding] -------------

def group_digits(digits: Ptr[u8], n: i64, min_width: i64, sep: i64, size: i64, end: Ptr[u8]) -> i64:
    """CPython's _PyUnicode_InsertThousandsGrouping: the digits, a separator sep (0: none) every size of
    them, zero-padded to min_width with the separators continued; written backwards ending at end
    (null: only counted). Returns the length."""
    min_width = max(min_width, 0)
    count: i64 = 0
    remaining = n
    first = True
    while True:
        length = max(max(remaining, min_width), 1)
        if sep != 0:
            length = min(size, length)
        zeros = max(0, length - remaining)
        chars = max(0, min(remaining, length))
        if not first:
            count += 1
            if end:
                end[-count] = u8(sep)
        for k in range(chars):
            count += 1
            if end:
                end[-count] = digits[remaining - 1 - k]
        for k in range(zeros):
            count += 1
            if end:
                end[-count] = ZERO
        first = False
        remaining -= chars
        if sep == 0:
            return count
        min_width -= length
        if remaining <= 0 and min_width <= 0:
            return count
        min_width -= 1


def put_number(b: Ptr[StrBuilder], sign_char: i64, prefix: Ptr[u8], digits: Ptr[u8], ndigits: i64,
               has_decimal: bool, rest: Ptr[u8], nrest: i64, rest_chars: i64) -> None:
    """Lay a number out as SPEC says (CPython's calc_number_widths and fill_number): sign_char '-' or 0,
    the prefix (0x, ...), ndigits digits grouped, a decimal point, the rest (fraction, exponent, '%';
    a character for 'c'). Nothing here allocates on the heap: digits may point into a str."""
    spec = SPEC
    sign: i64 = 0
    if spec.sign == 0x2B:
        sign = 0x2D if sign_char == 0x2D else 0x2B
    elif spec.sign == SPACE:
        sign = 0x2D if sign_char == 0x2D else SPACE
    elif sign_char == 0x2D:
        sign = 0x2D
    nprefix: i64 = 0
    while prefix[nprefix] != 0:
        nprefix += 1
    fixed = nprefix + rest_chars
    if sign != 0:
        fixed += 1
    if has_decimal:
        fixed += 1
    min_width: i64 = 0
    if spec.fill == ZERO and spec.align == 0x3D:
        min_width = spec.width - fixed
    ngrouped: i64 = 0
    if ndigits > 0:
        ngrouped = group_digits(digits, ndigits, min_width, spec.grouping, spec.group, null(u8))
    padding = spec.width - fixed - ngrouped
    left: i64 = 0
    inside: i64 = 0
    right: i64 = 0
    if padding > 0:
        if spec.align == 0x3C:
            right = padding
        elif spec.align == 0x5E:
            left = padding // 2
            right = padding - left
        elif spec.align == 0x3D:
            inside = padding
        else:
            left = padding
    add_code_point(b, spec.fill, left)
    if sign != 0:
        add_code_point(b, sign, 1)
    str_builder_add_bytes(b, prefix, nprefix, nprefix)
    add_code_point(b, spec.fill, inside)
    if ngrouped > 0:
        grouped = malloc(ngrouped)
        if not grouped:
            b.failed = True
            return
        group_digits(digits, ndigits, min_width, spec.grouping, spec.group, grouped + ngrouped)
        str_builder_add_bytes(b, grouped, ngrouped, ngrouped)
        free(grouped)
    if has_decimal:
        str_builder_add_bytes(b, ".", 1, 1)
    str_builder_add_bytes(b, rest, nrest, rest_chars)
    add_code_point(b, spec.fill, right)


# -- ints --------------------------------------------------------------------------------------------

def int_base_text(w: Word, shift: i64, upper: bool, out: Ptr[i64]) -> Ptr[u8]:
    """The digits of |w| (an int) in base 2**shift (1, 3 or 4) in a malloc'd buffer, their count in
    out[0]; null after MemoryError."""
    a = as_int(w)
    scratch: u64 = 0
    digits: Ptr[u32] = cast(Ptr[u32], addr(scratch))
    size: i64 = 2
    if is_small(a):
        v = small_value(a)
        scratch = u64(v) if v >= 0 else u64(0) - u64(v)
    bits: i64 = 0
    if is_small(a):
        bits = 64 - i64(clz(scratch))
    else:
        bits = mag_bit_length(big(a).digits, big(a).size)
    n = max((bits + shift - 1) // shift, 1)
    text = malloc(n)
    if not text:
        raise_memory_error()
        return text
    if not is_small(a):
        digits = big(a).digits           # interior: nothing allocates from here on
        size = big(a).size
    mask = (u64(1) << u64(shift)) - 1
    for k in range(n):
        d = i64(mag_bits_at(digits, size, (n - 1 - k) * shift) & mask)
        if d < 10:
            text[k] = u8(d + ZERO)
        else:
            text[k] = u8(d - 10 + (0x41 if upper else 0x61))
    out[0] = n
    return text


def format_int(w: Word) -> Word:
    """An int or bool formatted as SPEC says: types b c d o x X n, or e E f F g G % as a float."""
    spec = SPEC
    t = spec.type
    if is_one_of(t, "eEfFgG%"):
        x: f64 = 0.0
        if not to_double(w, addr(x)):
            return cast(Word, 0)
        return format_float(x)
    if not is_one_of(t, "bcdoxXn"):
        return raise_unknown_code(w, t)
    if spec.precision != -1:
        return raise_msg(VALUE_ERROR, "Precision not allowed in integer format specifier")
    if spec.no_neg_0:
        return raise_msg(VALUE_ERROR, "Negative zero coercion (z) not allowed in integer format specifier")
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    if t == 0x63:
        return finish(b, put_char(b, w))
    negative = sign_of(as_int(w)) < 0
    sign_char: i64 = 0x2D if negative else 0
    if t == 0x64 or t == 0x6E:
        s = int_to_str(as_int(w))
        if not s:
            return finish(b, False)
        skip: i64 = 1 if negative else 0
        put_number(b, sign_char, "", cast(Ptr[Str], s).data + skip, cast(Ptr[Str], s).nbytes - skip, False, "", 0, 0)
        return finish(b, True)
    shift: i64 = 4
    prefix = "0X" if t == 0x58 else "0x"
    if t == 0x62:
        shift = 1
        prefix = "0b"
    elif t == 0x6F:
        shift = 3
        prefix = "0o"
    n: i64 = 0
    text = int_base_text(w, shift, t == 0x58, addr(n))
    if not text:
        return finish(b, False)
    put_number(b, sign_char, prefix if spec.alternate else "", text, n, False, "", 0, 0)
    free(text)
    return finish(b, True)


def put_char(b: Ptr[StrBuilder], w: Word) -> bool:
    """format(w, 'c'): the character of code point w."""
    if SPEC.sign != 0:
        raise_msg(VALUE_ERROR, "Sign not allowed with integer format specifier 'c'")
        return False
    if SPEC.alternate:
        raise_msg(VALUE_ERROR, "Alternate form (#) not allowed with integer format specifier 'c'")
        return False
    cp: i64 = 0
    if not int_to_i64(as_int(w), addr(cp)):
        raise_msg(OVERFLOW_ERROR, "Python int too large to convert to C long")
        return False
    if cp < 0 or cp > 0x10FFFF:
        raise_msg(OVERFLOW_ERROR, "%c arg not in range(0x110000)")
        return False
    encoded: u64 = 0                     # not char_text's buffer, which the padding uses
    text = cast(Ptr[u8], addr(encoded))
    put_number(b, 0, "", "", 0, False, text, utf8_encode(cp, text), 1)
    return True


# -- floats ------------------------------------------------------------------------------------------

def format_float(x: f64) -> Word:
    """A float formatted as SPEC says (CPython's format_float_internal): types e E f F g G n % or none."""
    spec = SPEC
    t = spec.type
    precision = spec.precision
    if precision > INT_MAX:
        return raise_msg(VALUE_ERROR, "precision too big")
    flags: i64 = 0
    if spec.alternate:
        flags = flags | FLAG_ALT
    if spec.no_neg_0:
        flags = flags | FLAG_NO_NEG_0
    default_precision: i64 = 6
    if t == 0:
        flags = flags | FLAG_ADD_DOT_0      # like repr without a precision, else like 'g' with a '.0'
        t = 0x72
        default_precision = 0
    elif t == 0x6E:
        t = 0x67
    percent = t == 0x25
    if percent:
        t = 0x66
        x = x * 100.0
    if precision < 0:
        precision = default_precision
    elif t == 0x72:
        t = 0x67
    text = malloc(float_text_size(precision) + 1)
    if not text:
        return raise_memory_error()
    n = float_format_text(x, t, precision, flags, text)
    if percent:
        text[n] = 0x25
        n += 1
    start: i64 = 0
    sign_char: i64 = 0
    if text[0] == 0x2D:
        sign_char = 0x2D
        start = 1
    digits = start
    while digits < n and text[digits] >= ZERO and text[digits] <= 0x39:
        digits += 1
    has_decimal = digits < n and text[digits] == 0x2E
    rest = digits + 1 if has_decimal else digits
    b = str_builder_new()
    if b:
        put_number(b, sign_char, "", text + start, digits - start, has_decimal, text + rest, n - rest, n - rest)
    free(text)
    if not b:
        return cast(Word, 0)
    return finish(b, True)


# -- strs --------------------------------------------------------------------------------------------

def format_str(s: Word) -> Word:
    """A str formatted as SPEC says: type s or none, width, alignment, precision (a prefix)."""
    spec = SPEC
    if spec.type != 0x73:
        return raise_unknown_code(s, spec.type)
    if spec.sign == SPACE:
        return raise_msg(VALUE_ERROR, "Space not allowed in string format specifier")
    if spec.sign != 0:
        return raise_msg(VALUE_ERROR, "Sign not allowed in string format specifier")
    if spec.no_neg_0:
        return raise_msg(VALUE_ERROR, "Negative zero coercion (z) not allowed in string format specifier")
    if spec.alternate:
        return raise_msg(VALUE_ERROR, "Alternate form (#) not allowed in string format specifier")
    if spec.align == 0x3D:
        return raise_msg(VALUE_ERROR, "'=' alignment not allowed in string format specifier")
    length = str_len(s)
    if (spec.width <= length) and (spec.precision == -1 or spec.precision >= length):
        return s
    if spec.precision >= 0 and length > spec.precision:
        length = spec.precision
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    # Padded as a number that is all remainder (no sign: refused above).
    put_number(b, 0, "", "", 0, False, cast(Ptr[Str], s).data, str_byte_offset(s, length), length)
    return finish(b, True)


# -- format(), f-strings, ascii() ----------------------------------------------------------------------

FORMAT_NAME: Word = cast(Word, 0)


def format_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word, fname: Ptr[u8], is_object: bool) -> Word:
    """The __format__ of int, float and str (obj their value, builtins.self_value), and object's."""
    if not one_argument(args, n, kwnames, fname):
        return cast(Word, 0)
    if not has_type(args[0], STR_TYPE):
        return raise_text(TYPE_ERROR, "__format__() argument must be str, not ", type_name(args[0]), "", "", "")
    if is_object:                                   # str(obj), for no spec only
        if cast(Ptr[Str], args[0]).nbytes != 0:
            return raise_text(TYPE_ERROR, "unsupported format string passed to ", type_name(obj), ".__format__",
                              "", "")
        return str_of(obj)
    return format_value(obj, args[0])


def int_format_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return format_method(obj, args, n, kwnames, "int.__format__()", False)


def float_format_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return format_method(obj, args, n, kwnames, "float.__format__()", False)


def str_format_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return format_method(obj, args, n, kwnames, "str.__format__()", False)


def object_format_method(obj: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return format_method(obj, args, n, kwnames, "object.__format__()", True)


INT_FORMAT = static(BuiltinFunction, name="__format__", method=int_format_method)
FLOAT_FORMAT = static(BuiltinFunction, name="__format__", method=float_format_method)
STR_FORMAT = static(BuiltinFunction, name="__format__", method=str_format_method)
OBJECT_FORMAT = static(BuiltinFunction, name="__format__", method=object_format_method)


def init() -> None:
    global FORMAT_NAME
    FORMAT_NAME = str_from_cstr("__format__")
    add_method(INT_TYPE, INT_FORMAT)
    add_method(FLOAT_TYPE, FLOAT_FORMAT)
    add_method(STR_TYPE, STR_FORMAT)
    add_method(OBJECT_TYPE, OBJECT_FORMAT)


def has_format(value: Word) -> bool:
    """value's class defines __format__ in Python (object's and the builtins' are format_value's own)."""
    if not is_user_type(type_of_value(value)):
        return False
    f = type_lookup(type_of_value(value), FORMAT_NAME)
    return f != cast(Word, 0) and not has_type(f, BUILTIN_TYPE)


def call_format(value: Word, spec: Word) -> Word:
    """value.__format__(spec) of a class that defines it; its result must be a str (CPython's
    PyObject_Format)."""
    area = area_push(1)
    if not area:
        return raise_memory_error()
    area[0] = spec
    r = call_method(value, FORMAT_NAME, area, 1)
    area_pop(area)
    if r and not is_str(r):
        return raise_text(TYPE_ERROR, "__format__ must return a str, not ", type_name(r), "", "", "")
    return r


def format_value(value: Word, spec: Word) -> Word:
    """format(value, spec) for a str spec."""
    if has_format(value):
        return call_format(value, spec)
    kind = num_kind(value)
    is_text = has_type(value, STR_TYPE)
    if cast(Ptr[Str], spec).nbytes == 0:
        if is_text:
            return value
        return str_of(value)
    if kind == KIND_INT:
        if not parse_spec(value, spec, 0x64, 0x3E):
            return cast(Word, 0)
        return format_int(value)
    if kind == KIND_FLOAT:
        if not parse_spec(value, spec, 0, 0x3E):
            return cast(Word, 0)
        if SPEC.type != 0 and not is_one_of(SPEC.type, "eEfFgGn%"):
            return raise_unknown_code(value, SPEC.type)
        return format_float(float_value(value))
    if is_text:
        if not parse_spec(value, spec, 0x73, 0x3C):
            return cast(Word, 0)
        return format_str(value)
    if unwrap(value) != value:
        return format_value(unwrap(value), spec)      # a subclass of int, float or str: its value's
    return raise_text(TYPE_ERROR, "unsupported format string passed to ", type_name(value), ".__format__", "", "")


def builtin_format(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """format(value, format_spec='', /)."""
    if not positional_count(n, kwnames, "format()", "format", 1, 2):
        return cast(Word, 0)
    if n == 1:
        empty = str_empty()
        if not empty:
            return empty
        return format_value(args[0], empty)
    if not has_type(args[1], STR_TYPE):
        return raise_text(TYPE_ERROR, "format() argument 2 must be str, not ", type_name(args[1]), "", "", "")
    return format_value(args[0], args[1])


def ascii_of(obj: Word) -> Word:
    """ascii(obj): its repr with every non-ASCII character escaped."""
    r = repr_of(obj)
    if not r or cast(Ptr[Str], r).length == cast(Ptr[Str], r).nbytes:
        return r
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    p = cast(Ptr[Str], r)
    escape = TEXT.hex
    pos: i64 = 0
    while pos < p.nbytes:
        step = utf8_sequence_length(p.data[pos])
        if step == 1:
            str_builder_add_bytes(b, p.data + pos, 1, 1)
        else:
            k = write_code_point_escape(utf8_decode(p.data + pos), escape)
            str_builder_add_bytes(b, escape, k, k)
        pos += step
    return str_builder_finish(b)


def builtin_ascii(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not one_argument(args, n, kwnames, "ascii()"):
        return cast(Word, 0)
    return ascii_of(args[0])


def format_conversion(value: Word, conversion: i64, spec: Word) -> Word:
    """FORMAT_VALUE: an f-string's field, converted (1 !s, 2 !r, 3 !a) and formatted by spec (0: none)."""
    if conversion == 1:
        value = str_of(value)
    elif conversion == 2:
        value = repr_of(value)
    elif conversion == 3:
        value = ascii_of(value)
    if not value:
        return value
    if not spec:
        if has_type(value, STR_TYPE):
            return value
        if has_format(value):
            empty = str_empty()
            if not empty:
                return empty
            return call_format(value, empty)
        return str_of(value)
    return format_value(value, spec)


def build_string(items: Ptr[Word], n: i64) -> Word:
    """BUILD_STRING: the strs items[0:n] (in a root area) joined."""
    nbytes: i64 = 0
    length: i64 = 0
    for k in range(n):
        nbytes += cast(Ptr[Str], items[k]).nbytes
        length += cast(Ptr[Str], items[k]).length
    if nbytes > STR_MAX_BYTES:
        return raise_memory_error()
    if nbytes == 0:
        return str_empty()
    r = new(Str, nbytes)
    if not r:
        return cast(Word, 0)
    at: i64 = 0
    for k in range(n):
        p = cast(Ptr[Str], items[k])           # read after new: the items may have moved
        memcpy(r.data + at, p.data, p.nbytes)
        at += p.nbytes
    r.length = length
    return cast(Word, r)


# -- printf-style: str % args ---------------------------------------------------------------------

F_LJUST = 1
F_SIGN = 2
F_BLANK = 4
F_ALT = 8
F_ZERO = 16


class Printf(Struct):
    """The state of one str % args (CPython's unicode_formatter_t and unicode_format_arg_t)."""
    cps: Ptr[i64]              # the format's code points
    pos: i64
    count: i64                 # fmtcnt: code points left, as CPython counts them
    arglen: i64                # -1: args is one value, not a tuple
    argidx: i64
    ch: i64
    flags: i64
    width: i64
    prec: i64


def next_arg(st: Ptr[Printf], args: Word) -> Word:
    """The next argument of the format, or the null Word after TypeError."""
    i = st.argidx
    if i < st.arglen:
        st.argidx = i + 1
        if st.arglen < 0:
            return args
        return cast(Ptr[Tuple], args).items[i]
    return raise_msg(TYPE_ERROR, "not enough arguments for format string")


def read_ch(st: Ptr[Printf]) -> bool:
    """The next code point into st.ch, if one is left (CPython's `if (--fmtcnt >= 0)`)."""
    st.count -= 1
    if st.count < 0:
        return False
    st.ch = st.cps[st.pos]
    st.pos += 1
    return True


def star_arg(st: Ptr[Printf], args: Word, out: Ptr[i64], limit: i64, kind: Ptr[u8]) -> bool:
    """A '*' width or precision: an int argument within limit, else TypeError or OverflowError."""
    v = next_arg(st, args)
    if not v:
        return False
    if num_kind(v) != KIND_INT:
        raise_msg(TYPE_ERROR, "* wants int")
        return False
    value: i64 = 0
    if not int_to_i64(as_int(v), addr(value)) or value > limit or value < -limit - 1:
        raise_text(OVERFLOW_ERROR, "Python int too large to convert to C ", kind, "", "", "")
        return False
    out[0] = value
    return True


def read_number(st: Ptr[Printf], limit: i64, too_big: Ptr[u8]) -> i64:
    """The digits from st.ch on as a number up to limit, or -1 after ValueError(too_big)."""
    value = st.ch - ZERO
    while read_ch(st):
        if st.ch < ZERO or st.ch > 0x39:
            break
        if value > (limit - (st.ch - ZERO)) // 10:
            raise_msg(VALUE_ERROR, too_big)
            return -1
        value = value * 10 + (st.ch - ZERO)
    return value


def parse_printf_arg(st: Ptr[Printf], fmt: Word, args: Ptr[Word], dict: Word) -> bool:
    """The key, flags, width and precision of one conversion (CPython's unicode_format_arg_parse);
    args[0] becomes the mapping's value for %(key)."""
    if st.ch == 0x28:
        if not dict:
            raise_msg(TYPE_ERROR, "format requires a mapping")
            return False
        st.pos += 1
        st.count -= 1
        start = st.pos
        depth: i64 = 1
        while depth > 0 and read_ch(st):
            if st.ch == 0x29:
                depth -= 1
            elif st.ch == 0x28:
                depth += 1
        if st.count < 0 or depth > 0:
            raise_msg(VALUE_ERROR, "incomplete format key")
            return False
        first = str_byte_offset(fmt, start)
        key = str_substring(fmt, first, str_byte_offset(fmt, st.pos - 1) - first, st.pos - 1 - start)
        if not key:
            return False
        value = getitem(dict, key)
        if not value:
            return False
        args[0] = value
        st.arglen = -1
        st.argidx = -2
    while read_ch(st):
        if st.ch == 0x2D:
            st.flags = st.flags | F_LJUST
        elif st.ch == 0x2B:
            st.flags = st.flags | F_SIGN
        elif st.ch == SPACE:
            st.flags = st.flags | F_BLANK
        elif st.ch == 0x23:
            st.flags = st.flags | F_ALT
        elif st.ch == ZERO:
            st.flags = st.flags | F_ZERO
        else:
            break
    if st.ch == 0x2A:
        if not star_arg(st, args[0], addr(st.width), SSIZE_MAX, "ssize_t"):
            return False
        if st.width < 0:
            st.flags = st.flags | F_LJUST
            st.width = -st.width
        read_ch(st)
    elif st.ch >= ZERO and st.ch <= 0x39:
        st.width = read_number(st, SSIZE_MAX, "width too big")
        if st.width < 0:
            return False
    if st.ch == 0x2E:
        st.prec = 0
        read_ch(st)
        if st.ch == 0x2A:
            if not star_arg(st, args[0], addr(st.prec), INT_MAX, "int"):
                return False
            if st.prec < 0:
                st.prec = 0
            read_ch(st)
        elif st.ch >= ZERO and st.ch <= 0x39:
            st.prec = read_number(st, INT_MAX, "precision too big")
            if st.prec < 0:
                return False
    if st.count >= 0 and (st.ch == 0x68 or st.ch == 0x6C or st.ch == 0x4C):     # h l L: ignored
        read_ch(st)
    if st.count < 0:
        raise_msg(VALUE_ERROR, "incomplete format")
        return False
    return True


def printf_int_text(v: Word, st: Ptr[Printf]) -> Word:
    """%d %i %u %o %x %X of an int or float (CPython's mainformatlong and _PyUnicode_FormatLong): sign,
    0o/0x prefix with #, at least prec digits."""
    ch = st.ch
    kind = num_kind(v)
    if kind == KIND_FLOAT and not is_one_of(ch, "oxX"):
        v = float_to_int(v)
        if not v:
            return v
    elif kind != KIND_INT:
        if is_one_of(ch, "oxX"):
            return raise_text(TYPE_ERROR, "%", char_text(ch), " format: an integer is required, not ", type_name(v), "")
        return raise_text(TYPE_ERROR, "%", char_text(ch), " format: a real number is required, not ", type_name(v), "")
    v = as_int(v)
    negative = sign_of(v) < 0
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    if negative:
        str_builder_add_bytes(b, "-", 1, 1)
    if (st.flags & F_ALT) != 0 and ch != 0x64 and ch != 0x69 and ch != 0x75:
        str_builder_add_cstr(b, "0o" if ch == 0x6F else "0X" if ch == 0x58 else "0x")
    if ch == 0x6F or ch == 0x78 or ch == 0x58:
        n: i64 = 0
        text = int_base_text(v, 3 if ch == 0x6F else 4, ch == 0x58, addr(n))
        if not text:
            return finish(b, False)
        add_code_point(b, ZERO, st.prec - n)
        str_builder_add_bytes(b, text, n, n)
        free(text)
        return finish(b, True)
    s = int_to_str(v)
    if not s:
        return finish(b, False)
    skip: i64 = 1 if negative else 0
    n = cast(Ptr[Str], s).nbytes - skip
    add_code_point(b, ZERO, st.prec - n)
    str_builder_add_bytes(b, cast(Ptr[Str], s).data + skip, n, n)
    return finish(b, True)


def printf_float_text(v: Word, st: Ptr[Printf]) -> Word:
    """%e %E %f %F %g %G (CPython's formatfloat)."""
    x: f64 = 0.0
    if num_kind(v) == 0:
        return raise_text(TYPE_ERROR, "must be real number, not ", type_name(v), "", "", "")
    if not to_double(v, addr(x)):
        return cast(Word, 0)
    prec = st.prec
    if prec < 0:
        prec = 6
    text = malloc(float_text_size(prec))
    if not text:
        return raise_memory_error()
    n = float_format_text(x, st.ch, prec, FLAG_ALT if (st.flags & F_ALT) != 0 else 0, text)
    b = str_builder_new()
    if not b:
        free(text)
        return cast(Word, 0)
    str_builder_add_bytes(b, text, n, n)
    free(text)
    return finish(b, True)


def printf_char(v: Word) -> Word:
    """%c: a str of one character, or an int code point (CPython's formatchar)."""
    if has_type(v, STR_TYPE):
        if cast(Ptr[Str], v).length == 1:
            return v
        return raise_msg(TYPE_ERROR, "%c requires int or char")
    if num_kind(v) != KIND_INT:
        return raise_msg(TYPE_ERROR, "%c requires int or char")
    cp: i64 = 0
    if not int_to_i64(as_int(v), addr(cp)) or cp < 0 or cp > 0x10FFFF:
        return raise_msg(OVERFLOW_ERROR, "%c arg not in range(0x110000)")
    text = char_text(cp)
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    str_builder_add_bytes(b, text, utf8_sequence_length(text[0]), 1)
    return finish(b, True)


def printf_convert(st: Ptr[Printf], v: Word) -> Word:
    """The text of one conversion, before padding."""
    ch = st.ch
    if ch == 0x73:
        return str_of(v)
    if ch == 0x72:
        return repr_of(v)
    if ch == 0x61:
        return ascii_of(v)
    if num_kind(unwrap(v)) != KIND_OTHER:
        v = unwrap(v)                # an int or float subclass: its value
    if is_one_of(ch, "iduoxX"):
        return printf_int_text(v, st)
    if is_one_of(ch, "eEfFgG"):
        return printf_float_text(v, st)
    if ch == 0x63:
        return printf_char(v)
    return raise_message(VALUE_ERROR, "unsupported format character '", char_text(ch) if ch >= 31 and ch <= 126 else "?",
                         "' (0x", cast(Word, 0), hex_text(ch), ") at index ", decimal_text(0, st.pos - 1), "")


def printf_output(b: Ptr[StrBuilder], st: Ptr[Printf], s: Word, numeric: bool) -> None:
    """Append the text of one conversion padded (CPython's unicode_format_arg_output)."""
    ch = st.ch
    flags = st.flags
    width = st.width
    fill: i64 = ZERO if numeric and (flags & F_ZERO) != 0 else SPACE
    length = str_len(s)
    if ((width == -1 or width <= length) and (st.prec == -1 or st.prec >= length)
            and (flags & (F_SIGN | F_BLANK)) == 0):
        str_builder_add_str(b, s)
        return
    if (ch == 0x73 or ch == 0x72 or ch == 0x61) and st.prec >= 0 and length > st.prec:
        length = st.prec
    data = cast(Ptr[Str], s).data
    start: i64 = 0
    sign = numeric
    signchar: i64 = 0
    if sign:
        if data[0] == 0x2D or data[0] == 0x2B:
            signchar = i64(data[0])
            length -= 1
            start = 1
        elif (flags & F_SIGN) != 0:
            signchar = 0x2B
        elif (flags & F_BLANK) != 0:
            signchar = SPACE
        else:
            sign = False
    if width < length:
        width = length
    if sign:
        if fill != SPACE:
            add_code_point(b, signchar, 1)
        if width > length:
            width -= 1
    prefixed = (flags & F_ALT) != 0 and (ch == 0x78 or ch == 0x58 or ch == 0x6F)
    if prefixed:
        if fill != SPACE:
            str_builder_add_bytes(b, data + start, 2, 2)
            start += 2
        width = max(width - 2, 0)
        length -= 2
    if width > length and (flags & F_LJUST) == 0:
        add_code_point(b, fill, width - length)
        width = length
    if fill == SPACE:
        if sign:
            add_code_point(b, signchar, 1)
        if prefixed:
            str_builder_add_bytes(b, data + start, 2, 2)
            start += 2
    # Numbers are ASCII (a byte per character); strs have no sign or prefix, so start is 0 for them.
    str_builder_add_bytes(b, data + start, str_byte_offset(s, start + length) - start, length)
    add_code_point(b, SPACE, width - length)


def str_mod(fmt: Word, args: Word) -> Word:
    """fmt % args (CPython's PyUnicode_Format)."""
    st = cast(Ptr[Printf], malloc(sizeof(Printf)))
    if not st:
        return raise_memory_error()
    st.cps = code_points(fmt)
    b = str_builder_new()
    if not st.cps or not b:
        free(cast(Ptr[u8], st.cps))
        free(cast(Ptr[u8], st))
        if b:
            str_builder_free(b)
        return cast(Word, 0)
    ok = printf_loop(st, b, fmt, args)
    free(cast(Ptr[u8], st.cps))
    free(cast(Ptr[u8], st))
    return finish(b, ok)


def printf_loop(st: Ptr[Printf], b: Ptr[StrBuilder], fmt: Word, args: Word) -> bool:
    t = as_object(args).type if not is_small(args) else null(Type)
    st.arglen = -1
    st.argidx = -2
    if t == TUPLE_TYPE:
        st.arglen = cast(Ptr[Tuple], args).size
        st.argidx = 0
    dict = cast(Word, 0)
    if t == DICT_TYPE or t == LIST_TYPE or t == RANGE_TYPE:       # PyMapping_Check: they have __getitem__
        dict = args
    st.pos = 0
    st.count = cast(Ptr[Str], fmt).length
    current = args                       # the mapping's value after %(key)
    while True:
        st.count -= 1
        if st.count < 0:
            break
        if st.cps[st.pos] != 0x25:
            start = st.pos
            st.pos += 1
            while st.count >= 0 and st.pos < cast(Ptr[Str], fmt).length and st.cps[st.pos] != 0x25:
                st.pos += 1
                st.count -= 1
            if st.count < 0:
                st.pos -= 1
            first = str_byte_offset(fmt, start)
            str_builder_add_bytes(b, cast(Ptr[Str], fmt).data + first, str_byte_offset(fmt, st.pos) - first,
                                  st.pos - start)
            continue
        st.pos += 1
        st.ch = st.cps[st.pos] if st.pos < cast(Ptr[Str], fmt).length else 0
        if st.ch == 0x25:
            st.pos += 1
            st.count -= 1
            str_builder_add_bytes(b, "%", 1, 1)
            continue
        st.flags = 0
        st.width = -1
        st.prec = -1
        if not parse_printf_arg(st, fmt, addr(current), dict):
            return False
        v = next_arg(st, current)
        if not v:
            return False
        s = printf_convert(st, v)
        if not s:
            return False
        printf_output(b, st, s, is_one_of(st.ch, "iduoxXeEfFgG"))
        if dict and st.argidx < st.arglen:
            raise_msg(TYPE_ERROR, "not all arguments converted during string formatting")
            return False
    if st.argidx < st.arglen and not dict:
        raise_msg(TYPE_ERROR, "not all arguments converted during string formatting")
        return False
    return True
