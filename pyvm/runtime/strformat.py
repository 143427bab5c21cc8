"""str.format() and str.format_map(), as CPython 3.11's Objects/stringlib/unicode_format.h: literal
text with {{ and }}, replacement fields {name.attr[key]!conversion:spec} numbered automatically or by
hand (not both), and specs holding fields of their own (two levels deep). Each field is formatted by
formatting.format_conversion, the code f-strings use.

The format string is read as an array of code points (formatting.code_points), which never moves;
positions are indices into it.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import BuiltinFunction, small, add_method
from pyvm.runtime.strobj import str_empty, as_str
from pyvm.runtime.tupleobj import Tuple, tuple_new
from pyvm.runtime.dictobj import dict_new, dict_set, raise_key_error
from pyvm.runtime.strbuilder import StrBuilder, str_builder_new, str_builder_add_str, malloc, free
from pyvm.runtime.formatting import code_points, add_code_point, finish, format_conversion, raise_with_code
from pyvm.runtime.unicodedb import decimal_value
from pyvm.runtime.errors import raise_msg, raise_text, raise_memory_error, decimal_text, VALUE_ERROR, INDEX_ERROR
from pyvm.runtime.ops import get_attr, getitem, STR_TYPE
from pyvm.runtime.builtins import one_argument, kw_count, kw_name

SSIZE_MAX = 0x7FFFFFFFFFFFFFFF
OPEN = 0x7B                    # {
CLOSE = 0x7D                   # }

# Field numbering, as CPython's AutoNumber: not decided yet, automatic ({}), manual ({0}).
AUTO_INIT = 0
AUTO_AUTO = 1
AUTO_MANUAL = 2


class Formatting(Struct):
    cps: Ptr[i64]              # the format string's code points
    numbering: i64             # AUTO_...
    next_auto: i64             # the number the next {} takes
    # The field parse_field read:
    name_start: i64
    name_end: i64
    conversion: i64            # a code point, 0: none
    spec_start: i64            # -1: no spec
    spec_end: i64
    spec_nested: bool          # the spec holds fields


def text_of(cps: Ptr[i64], start: i64, end: i64) -> Word:
    """The str of cps[start:end]."""
    if start >= end:
        return str_empty()
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    for k in range(start, end):
        add_code_point(b, cps[k], 1)
    return finish(b, True)


def get_integer(cps: Ptr[i64], start: i64, end: i64) -> i64:
    """The decimal number cps[start:end] spells; -1 when it is empty or not all digits, -2 after
    ValueError (too many digits)."""
    if start >= end:
        return -1
    value: i64 = 0
    for k in range(start, end):
        digit = decimal_value(cps[k])
        if digit < 0:
            return -1
        if value > (SSIZE_MAX - digit) // 10:
            raise_msg(VALUE_ERROR, "Too many decimal digits in format string")
            return -2
        value = value * 10 + digit
    return value


def parse_field(f: Ptr[Formatting], pos: i64, end: i64) -> i64:
    """Read the field after a '{' at pos into f; returns the position after its '}', -1 after raising."""
    cps = f.cps
    f.conversion = 0
    f.spec_start = -1
    f.spec_nested = False
    f.name_start = pos
    c: i64 = 0
    while pos < end:
        c = cps[pos]
        pos += 1
        if c == OPEN:
            raise_msg(VALUE_ERROR, "unexpected '{' in field name")
            return -1
        if c == 0x5B:                       # [: what follows up to ] is a key, braces included
            while pos < end and cps[pos] != 0x5D:
                pos += 1
            continue
        if c == CLOSE or c == 0x3A or c == 0x21:
            break
    f.name_end = pos - 1
    if c != 0x21 and c != 0x3A:
        if c != CLOSE:
            raise_msg(VALUE_ERROR, "expected '}' before end of string")
            return -1
        return pos
    if c == 0x21:                           # !conversion
        if pos >= end:
            raise_msg(VALUE_ERROR, "end of string while looking for conversion specifier")
            return -1
        f.conversion = cps[pos]
        pos += 1
        if pos < end:
            c = cps[pos]
            pos += 1
            if c == CLOSE:
                return pos
            if c != 0x3A:
                raise_msg(VALUE_ERROR, "expected ':' after conversion specifier")
                return -1
    f.spec_start = pos
    depth: i64 = 1
    while pos < end:
        c = cps[pos]
        pos += 1
        if c == OPEN:
            f.spec_nested = True
            depth += 1
        elif c == CLOSE:
            depth -= 1
            if depth == 0:
                f.spec_end = pos - 1
                return pos
    raise_msg(VALUE_ERROR, "unmatched '{' in format spec")
    return -1


def field_object(f: Ptr[Formatting], start: i64, end: i64, positional: Word, kwargs: Word) -> Word:
    """The object the field name cps[start:end] names: an argument, then its .attributes and [keys]."""
    cps = f.cps
    i = start
    while i < end and cps[i] != 0x2E and cps[i] != 0x5B:
        i += 1
    index = get_integer(cps, start, i)
    if index == -2:
        return cast(Word, 0)
    empty = start == i
    if empty or index >= 0:
        if f.numbering == AUTO_INIT:
            f.numbering = AUTO_AUTO if empty else AUTO_MANUAL
        if f.numbering == AUTO_MANUAL and empty:
            return raise_msg(VALUE_ERROR, "cannot switch from manual field specification to automatic field numbering")
        if f.numbering == AUTO_AUTO and not empty:
            return raise_msg(VALUE_ERROR, "cannot switch from automatic field numbering to manual field specification")
        if empty:
            index = f.next_auto
            f.next_auto = index + 1
    obj = cast(Word, 0)
    if index < 0:
        key = text_of(cps, start, i)
        if not key:
            return key
        if not kwargs:
            return raise_key_error(key)
        obj = getitem(kwargs, key)
    elif not positional:
        return raise_msg(VALUE_ERROR, "Format string contains positional fields")
    elif index >= cast(Ptr[Tuple], positional).size:
        return raise_text(INDEX_ERROR, "Replacement index ", decimal_text(0, index),
                          " out of range for positional args tuple", "", "")
    else:
        obj = cast(Ptr[Tuple], positional).items[index]
    while obj and i < end:
        c = cps[i]
        i += 1
        name_start = i
        attribute = c == 0x2E
        if attribute:
            while i < end and cps[i] != 0x2E and cps[i] != 0x5B:
                i += 1
            name_end = i
        elif c == 0x5B:
            while i < end and cps[i] != 0x5D:
                i += 1
            if i >= end:
                return raise_msg(VALUE_ERROR, "Missing ']' in format string")
            name_end = i
            i += 1
        else:
            return raise_msg(VALUE_ERROR, "Only '.' or '[' may follow ']' in format field specifier")
        if name_start == name_end:
            return raise_msg(VALUE_ERROR, "Empty attribute in format string")
        index = -1
        if not attribute:
            index = get_integer(cps, name_start, name_end)
            if index == -2:
                return cast(Word, 0)
        if index >= 0:
            obj = getitem(obj, small(index))
        else:
            name = text_of(cps, name_start, name_end)
            if not name:
                return name
            if attribute:
                obj = get_attr(obj, name)
            else:
                obj = getitem(obj, name)
    return obj


def output_field(b: Ptr[StrBuilder], f: Ptr[Formatting], positional: Word, kwargs: Word, depth: i64) -> bool:
    """Append the field parse_field read; False after raising."""
    obj = field_object(f, f.name_start, f.name_end, positional, kwargs)
    if not obj:
        return False
    conversion: i64 = 0
    c = f.conversion
    if c == 0x73:
        conversion = 1
    elif c == 0x72:
        conversion = 2
    elif c == 0x61:
        conversion = 3
    elif c != 0:
        return raise_with_code("Unknown conversion specifier ", c, "", "", "")
    spec = cast(Word, 0)
    if f.spec_start >= 0:
        start = f.spec_start
        end = f.spec_end
        if f.spec_nested:
            spec = build(f, start, end, positional, kwargs, depth - 1)
        else:
            spec = text_of(f.cps, start, end)
        if not spec:
            return False
    text = format_conversion(obj, conversion, spec)
    if not text:
        return False
    str_builder_add_str(b, text)
    return True


def build(f: Ptr[Formatting], start: i64, end: i64, positional: Word, kwargs: Word, depth: i64) -> Word:
    """The text of cps[start:end] with its fields replaced (CPython's build_string and do_markup)."""
    if depth <= 0:
        return raise_msg(VALUE_ERROR, "Max string recursion exceeded")
    b = str_builder_new()
    if not b:
        return cast(Word, 0)
    cps = f.cps
    pos = start
    while pos < end:
        literal = pos
        c: i64 = 0
        markup = False
        while pos < end:
            c = cps[pos]
            pos += 1
            if c == OPEN or c == CLOSE:
                markup = True
                break
        at_end = pos >= end
        length = pos - literal
        if c == CLOSE and (at_end or cps[pos] != CLOSE):
            raise_msg(VALUE_ERROR, "Single '}' encountered in format string")
            return finish(b, False)
        if at_end and c == OPEN:
            raise_msg(VALUE_ERROR, "Single '{' encountered in format string")
            return finish(b, False)
        if not at_end:
            if c == cps[pos]:               # {{ or }}: one brace of literal text
                pos += 1
                markup = False
            else:
                length -= 1
        for k in range(literal, literal + length):
            add_code_point(b, cps[k], 1)
        if markup:
            pos = parse_field(f, pos, end)
            if pos < 0 or not output_field(b, f, positional, kwargs, depth):
                return finish(b, False)
    return finish(b, True)


def format_with(s: Word, positional: Word, kwargs: Word) -> Word:
    """s.format(*positional, **kwargs); positional 0 for format_map, which has no positional arguments."""
    f = cast(Ptr[Formatting], malloc(sizeof(Formatting)))
    if not f:
        return raise_memory_error()
    f.cps = code_points(s)
    if not f.cps:
        free(cast(Ptr[u8], f))
        return cast(Word, 0)
    f.numbering = AUTO_INIT
    f.next_auto = 0
    r = build(f, 0, as_str(s).length, positional, kwargs, 2)
    free(cast(Ptr[u8], f.cps))
    free(cast(Ptr[u8], f))
    return r


def str_format(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.format(*args, **kwargs)."""
    nkw = kw_count(kwnames)
    npos = n - nkw
    positional = tuple_new(npos)
    if not positional:
        return positional
    for k in range(npos):
        cast(Ptr[Tuple], positional).items[k] = args[k]
    kwargs = cast(Word, 0)
    if nkw > 0:
        kwargs = dict_new()
        if not kwargs:
            return kwargs
        for k in range(nkw):
            if not dict_set(kwargs, kw_name(kwnames, k), args[npos + k]):
                return cast(Word, 0)
    return format_with(self, positional, kwargs)


def str_format_map(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """s.format_map(mapping): the named fields looked up in mapping."""
    if not one_argument(args, n, kwnames, "str.format_map()"):
        return cast(Word, 0)
    return format_with(self, cast(Word, 0), args[0])


FORMAT = static(BuiltinFunction, name="format", method=str_format)
FORMAT_MAP = static(BuiltinFunction, name="format_map", method=str_format_map)


def init() -> None:
    add_method(STR_TYPE, FORMAT_MAP)
    add_method(STR_TYPE, FORMAT)
