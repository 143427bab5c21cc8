"""The methods of str that map case (lower, upper, title, capitalize, swapcase, casefold) and the
is...() predicates, as CPython 3.11's unicodeobject.c: full case mappings (one character may become
up to three: 'ß'.upper() is 'SS'), the final sigma of lower(), the Unicode properties of
unicodedb.py.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import BuiltinFunction, bool_word, add_method
from pyvm.runtime.strobj import Str, as_str, utf8_decode, utf8_sequence_length
from pyvm.runtime.strbuilder import StrBuilder, str_builder_new, free
from pyvm.runtime.formatting import code_points, add_code_point, finish
from pyvm.runtime.unicodedb import (case_map, is_alpha, is_alnum, is_decimal, is_digit, is_numeric, is_space,
                                    is_lower, is_upper, is_title, is_cased, is_case_ignorable, is_printable,
                                    is_xid_start, is_xid_continue, MAP_LOWER, MAP_UPPER, MAP_TITLE, MAP_FOLD)
from pyvm.runtime.ops import STR_TYPE
from pyvm.runtime.builtins import no_arguments

# What each character becomes, for map_text.
HOW_LOWER = 0
HOW_UPPER = 1
HOW_FOLD = 2
HOW_SWAPCASE = 3
HOW_TITLE = 4
HOW_CAPITALIZE = 5

CAPITAL_SIGMA = 0x3A3


def final_sigma(cps: Ptr[i64], n: i64, i: i64) -> bool:
    """The capital sigma at cps[i] ends a word: a cased letter before it and none after it, skipping
    case-ignorable characters (CPython's handle_capital_sigma)."""
    j = i - 1
    while j >= 0 and is_case_ignorable(cps[j]):
        j -= 1
    if j < 0 or not is_cased(cps[j]):
        return False
    j = i + 1
    while j < n and is_case_ignorable(cps[j]):
        j += 1
    return j == n or not is_cased(cps[j])


def add_mapped(b: Ptr[StrBuilder], which: i64, cps: Ptr[i64], n: i64, i: i64) -> None:
    """Append the case mapping `which` of cps[i] (lower() with the final sigma rule)."""
    if which == MAP_LOWER and cps[i] == CAPITAL_SIGMA:
        add_code_point(b, 0x3C2 if final_sigma(cps, n, i) else 0x3C3, 1)
        return
    out = MAPPED.cps
    count = case_map(which, cps[i], out)
    for k in range(count):
        add_code_point(b, out[k], 1)


class Mapped(Struct):
    cps: Array[i64, 3]


MAPPED = static(Mapped)         # the code points of one mapping


def ascii_mapped(c: u8, how: i64, previous_is_cased: bool, first: bool) -> u8:
    """An ASCII character mapped as `how` says (map_text's rules, where every mapping is one character)."""
    upper = c >= 0x41 and c <= 0x5A
    lower = c >= 0x61 and c <= 0x7A
    to_upper = how == HOW_UPPER or (how == HOW_SWAPCASE and lower)
    if how == HOW_TITLE:
        to_upper = not previous_is_cased
    elif how == HOW_CAPITALIZE:
        to_upper = first
    if to_upper and lower:
        return c - 32
    if not to_upper and upper and how != HOW_UPPER and (how != HOW_SWAPCASE or upper):
        return c + 32
    return c


def map_ascii(s: Word, how: i64) -> Word:
    """map_text of ASCII text, byte by byte."""
    n = as_str(s).nbytes
    r = new(Str, n)
    if not r:
        return cast(Word, 0)
    p = as_str(s)
    previous_is_cased = False
    for k in range(n):
        c = p.data[k]
        r.data[k] = ascii_mapped(c, how, previous_is_cased, k == 0)
        previous_is_cased = (c | 0x20) >= 0x61 and (c | 0x20) <= 0x7A
    r.length = n
    return cast(Word, r)


def map_text(s: Word, how: i64) -> Word:
    """s with each character mapped as `how` says."""
    if as_str(s).length == as_str(s).nbytes:
        return map_ascii(s, how)
    cps = code_points(s)
    if not cps:
        return cast(Word, 0)
    n = as_str(s).length
    b = str_builder_new()
    if not b:
        free(cast(Ptr[u8], cps))
        return cast(Word, 0)
    previous_is_cased = False
    for i in range(n):
        c = cps[i]
        which = MAP_LOWER
        if how == HOW_UPPER:
            which = MAP_UPPER
        elif how == HOW_FOLD:
            which = MAP_FOLD
        elif how == HOW_SWAPCASE:
            if is_upper(c):
                which = MAP_LOWER
            elif is_lower(c):
                which = MAP_UPPER
            else:
                which = -1
        elif how == HOW_TITLE:
            if not previous_is_cased:
                which = MAP_TITLE
            previous_is_cased = is_cased(c)
        elif how == HOW_CAPITALIZE and i == 0:
            which = MAP_TITLE
        if which < 0:
            add_code_point(b, c, 1)
        else:
            add_mapped(b, which, cps, n, i)
    free(cast(Ptr[u8], cps))
    return finish(b, True)


def case_method(s: Word, n: i64, kwnames: Word, how: i64, qualname: Ptr[u8]) -> Word:
    if not no_arguments(n, kwnames, qualname):
        return cast(Word, 0)
    return map_text(s, how)


def str_lower(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_method(self, n, kwnames, HOW_LOWER, "str.lower()")


def str_upper(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_method(self, n, kwnames, HOW_UPPER, "str.upper()")


def str_casefold(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_method(self, n, kwnames, HOW_FOLD, "str.casefold()")


def str_swapcase(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_method(self, n, kwnames, HOW_SWAPCASE, "str.swapcase()")


def str_title(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_method(self, n, kwnames, HOW_TITLE, "str.title()")


def str_capitalize(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return case_method(self, n, kwnames, HOW_CAPITALIZE, "str.capitalize()")


# -- the predicates ----------------------------------------------------------------------------------------

TEST_ALPHA = 0
TEST_ALNUM = 1
TEST_DECIMAL = 2
TEST_DIGIT = 3
TEST_NUMERIC = 4
TEST_SPACE = 5
TEST_PRINTABLE = 6
TEST_ASCII = 7


def passes(test: i64, cp: i64) -> bool:
    if test == TEST_ALPHA:
        return is_alpha(cp)
    if test == TEST_ALNUM:
        return is_alnum(cp)
    if test == TEST_DECIMAL:
        return is_decimal(cp)
    if test == TEST_DIGIT:
        return is_digit(cp)
    if test == TEST_NUMERIC:
        return is_numeric(cp)
    if test == TEST_SPACE:
        return is_space(cp)
    if test == TEST_PRINTABLE:
        return is_printable(cp)
    return cp < 0x80


def all_pass(s: Word, n: i64, kwnames: Word, test: i64, qualname: Ptr[u8]) -> Word:
    """Every character passes the test; an empty str passes only isprintable and isascii."""
    if not no_arguments(n, kwnames, qualname):
        return cast(Word, 0)
    p = as_str(s)
    if p.nbytes == 0:
        return bool_word(test == TEST_PRINTABLE or test == TEST_ASCII)
    pos: i64 = 0
    while pos < p.nbytes:
        if not passes(test, utf8_decode(p.data + pos)):
            return bool_word(False)
        pos += utf8_sequence_length(p.data[pos])
    return bool_word(True)


def str_isalpha(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_ALPHA, "str.isalpha()")


def str_isalnum(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_ALNUM, "str.isalnum()")


def str_isdecimal(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_DECIMAL, "str.isdecimal()")


def str_isdigit(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_DIGIT, "str.isdigit()")


def str_isnumeric(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_NUMERIC, "str.isnumeric()")


def str_isspace(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_SPACE, "str.isspace()")


def str_isprintable(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_PRINTABLE, "str.isprintable()")


def str_isascii(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    return all_pass(self, n, kwnames, TEST_ASCII, "str.isascii()")


def cased_kind(s: Word, upper: bool) -> Word:
    """islower() (upper: isupper()): a cased character, and none of the other case or titlecase."""
    p = as_str(s)
    cased = False
    pos: i64 = 0
    while pos < p.nbytes:
        c = utf8_decode(p.data + pos)
        pos += utf8_sequence_length(p.data[pos])
        if is_title(c) or (is_upper(c) if not upper else is_lower(c)):
            return bool_word(False)
        if is_lower(c) if not upper else is_upper(c):
            cased = True
    return bool_word(cased)


def str_islower(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "str.islower()"):
        return cast(Word, 0)
    return cased_kind(self, False)


def str_isupper(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "str.isupper()"):
        return cast(Word, 0)
    return cased_kind(self, True)


def str_istitle(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """Uppercase and titlecase characters only after uncased ones, lowercase only after cased ones."""
    if not no_arguments(n, kwnames, "str.istitle()"):
        return cast(Word, 0)
    p = as_str(self)
    cased = False
    previous_is_cased = False
    pos: i64 = 0
    while pos < p.nbytes:
        c = utf8_decode(p.data + pos)
        pos += utf8_sequence_length(p.data[pos])
        if is_upper(c) or is_title(c):
            if previous_is_cased:
                return bool_word(False)
            previous_is_cased = True
            cased = True
        elif is_lower(c):
            if not previous_is_cased:
                return bool_word(False)
            previous_is_cased = True
            cased = True
        else:
            previous_is_cased = False
    return bool_word(cased)


def str_isidentifier(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    if not no_arguments(n, kwnames, "str.isidentifier()"):
        return cast(Word, 0)
    p = as_str(self)
    if p.nbytes == 0:
        return bool_word(False)
    c = utf8_decode(p.data)
    if not is_xid_start(c) and c != 0x5F:
        return bool_word(False)
    pos = utf8_sequence_length(p.data[0])
    while pos < p.nbytes:
        if not is_xid_continue(utf8_decode(p.data + pos)):
            return bool_word(False)
        pos += utf8_sequence_length(p.data[pos])
    return bool_word(True)


LOWER = static(BuiltinFunction, name="lower", method=str_lower)
UPPER = static(BuiltinFunction, name="upper", method=str_upper)
CASEFOLD = static(BuiltinFunction, name="casefold", method=str_casefold)
SWAPCASE = static(BuiltinFunction, name="swapcase", method=str_swapcase)
TITLE = static(BuiltinFunction, name="title", method=str_title)
CAPITALIZE = static(BuiltinFunction, name="capitalize", method=str_capitalize)
ISALPHA = static(BuiltinFunction, name="isalpha", method=str_isalpha)
ISALNUM = static(BuiltinFunction, name="isalnum", method=str_isalnum)
ISDECIMAL = static(BuiltinFunction, name="isdecimal", method=str_isdecimal)
ISDIGIT = static(BuiltinFunction, name="isdigit", method=str_isdigit)
ISNUMERIC = static(BuiltinFunction, name="isnumeric", method=str_isnumeric)
ISSPACE = static(BuiltinFunction, name="isspace", method=str_isspace)
ISPRINTABLE = static(BuiltinFunction, name="isprintable", method=str_isprintable)
ISASCII = static(BuiltinFunction, name="isascii", method=str_isascii)
ISLOWER = static(BuiltinFunction, name="islower", method=str_islower)
ISUPPER = static(BuiltinFunction, name="isupper", method=str_isupper)
ISTITLE = static(BuiltinFunction, name="istitle", method=str_istitle)
ISIDENTIFIER = static(BuiltinFunction, name="isidentifier", method=str_isidentifier)


def init() -> None:
    t = STR_TYPE
    add_method(t, ISIDENTIFIER)
    add_method(t, ISTITLE)
    add_method(t, ISUPPER)
    add_method(t, ISLOWER)
    add_method(t, ISASCII)
    add_method(t, ISPRINTABLE)
    add_method(t, ISSPACE)
    add_method(t, ISNUMERIC)
    add_method(t, ISDIGIT)
    add_method(t, ISDECIMAL)
    add_method(t, ISALNUM)
    add_method(t, ISALPHA)
    add_method(t, CAPITALIZE)
    add_method(t, TITLE)
    add_method(t, SWAPCASE)
    add_method(t, CASEFOLD)
    add_method(t, UPPER)
    add_method(t, LOWER)
