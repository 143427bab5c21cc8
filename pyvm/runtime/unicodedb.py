"""Unicode properties and case mappings of one code point, looked up in the tables of
unicode_tables.py (generated from the host CPython's database: ranges and runs in hex digits, read by
binary search). ASCII is answered without the tables.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.unicode_tables import (NON_PRINTABLE, NON_PRINTABLE_RANGES, ALPHA, ALPHA_RANGES, DECIMAL,
                                         DECIMAL_RANGES, DIGIT, DIGIT_RANGES, NUMERIC, NUMERIC_RANGES, SPACE,
                                         SPACE_RANGES, LOWER, LOWER_RANGES, UPPER, UPPER_RANGES, TITLE, TITLE_RANGES,
                                         CASED, CASED_RANGES, CASE_IGNORABLE, CASE_IGNORABLE_RANGES, XID_START,
                                         XID_START_RANGES, XID_CONTINUE, XID_CONTINUE_RANGES, LINEBREAK,
                                         LINEBREAK_RANGES, LOWER_MAP, LOWER_MAP_RUNS, LOWER_MAP_SPECIAL,
                                         LOWER_MAP_SPECIALS, UPPER_MAP, UPPER_MAP_RUNS, UPPER_MAP_SPECIAL,
                                         UPPER_MAP_SPECIALS, TITLE_MAP, TITLE_MAP_RUNS, TITLE_MAP_SPECIAL,
                                         TITLE_MAP_SPECIALS, FOLD_MAP, FOLD_MAP_RUNS, FOLD_MAP_SPECIAL,
                                         FOLD_MAP_SPECIALS)

# The case mappings, for case_map.
MAP_LOWER = 0
MAP_UPPER = 1
MAP_TITLE = 2
MAP_FOLD = 3

RANGE_DIGITS = 12              # hex digits per range
RUN_DIGITS = 19                # per run
SPECIAL_DIGITS = 24            # per mapping to several characters


def hex_at(table: Ptr[u8], k: i64, digits: i64) -> i64:
    """The number written in hex at table[k:k + digits]."""
    v: i64 = 0
    for i in range(digits):
        c = i64(table[k + i])
        if c <= 0x39:
            v = v * 16 + c - 0x30
        else:
            v = v * 16 + c - 0x57
    return v


def last_at_or_below(table: Ptr[u8], count: i64, size: i64, cp: i64) -> i64:
    """The index of the last of count records (size digits each, starting with a code point in
    order) whose code point is at most cp; -1 when none is."""
    lo: i64 = 0
    hi: i64 = count
    while lo < hi:              # records before lo start at or below cp; from hi on, above it
        mid = (lo + hi) // 2
        if hex_at(table, size * mid, 6) <= cp:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


def in_ranges(table: Ptr[u8], count: i64, cp: i64) -> bool:
    k = last_at_or_below(table, count, RANGE_DIGITS, cp)
    return k >= 0 and cp <= hex_at(table, RANGE_DIGITS * k + 6, 6)


def is_printable(cp: i64) -> bool:
    """str.isprintable() of one code point."""
    if cp < 0x7F:
        return cp >= 0x20
    return not in_ranges(NON_PRINTABLE, NON_PRINTABLE_RANGES, cp)


def is_alpha(cp: i64) -> bool:
    if cp < 0x80:
        return (cp | 0x20) >= 0x61 and (cp | 0x20) <= 0x7A
    return in_ranges(ALPHA, ALPHA_RANGES, cp)


def is_decimal(cp: i64) -> bool:
    if cp < 0x80:
        return cp >= 0x30 and cp <= 0x39
    return in_ranges(DECIMAL, DECIMAL_RANGES, cp)


def is_digit(cp: i64) -> bool:
    if cp < 0x80:
        return cp >= 0x30 and cp <= 0x39
    return in_ranges(DIGIT, DIGIT_RANGES, cp)


def is_numeric(cp: i64) -> bool:
    if cp < 0x80:
        return cp >= 0x30 and cp <= 0x39
    return in_ranges(NUMERIC, NUMERIC_RANGES, cp)


def is_alnum(cp: i64) -> bool:
    return is_alpha(cp) or is_decimal(cp) or is_digit(cp) or is_numeric(cp)


def is_space(cp: i64) -> bool:
    if cp < 0x80:
        return cp == 0x20 or (cp >= 0x09 and cp <= 0x0D) or (cp >= 0x1C and cp <= 0x1F)
    return in_ranges(SPACE, SPACE_RANGES, cp)


def is_lower(cp: i64) -> bool:
    if cp < 0x80:
        return cp >= 0x61 and cp <= 0x7A
    return in_ranges(LOWER, LOWER_RANGES, cp)


def is_upper(cp: i64) -> bool:
    if cp < 0x80:
        return cp >= 0x41 and cp <= 0x5A
    return in_ranges(UPPER, UPPER_RANGES, cp)


def is_title(cp: i64) -> bool:
    return cp >= 0x80 and in_ranges(TITLE, TITLE_RANGES, cp)


def is_cased(cp: i64) -> bool:
    if cp < 0x80:
        return is_alpha(cp)
    return in_ranges(CASED, CASED_RANGES, cp)


def is_case_ignorable(cp: i64) -> bool:
    return in_ranges(CASE_IGNORABLE, CASE_IGNORABLE_RANGES, cp)


def is_xid_start(cp: i64) -> bool:
    if cp < 0x80:
        return is_alpha(cp)
    return in_ranges(XID_START, XID_START_RANGES, cp)


def is_xid_continue(cp: i64) -> bool:
    if cp < 0x80:
        return is_alpha(cp) or is_decimal(cp) or cp == 0x5F
    return in_ranges(XID_CONTINUE, XID_CONTINUE_RANGES, cp)


def is_linebreak(cp: i64) -> bool:
    """A line boundary of str.splitlines()."""
    if cp < 0x80:
        return (cp >= 0x0A and cp <= 0x0D) or (cp >= 0x1C and cp <= 0x1E)
    return in_ranges(LINEBREAK, LINEBREAK_RANGES, cp)


def map_with(runs: Ptr[u8], nruns: i64, special: Ptr[u8], nspecial: i64, cp: i64, out: Ptr[i64]) -> i64:
    """cp's mapping in one table into out (at most 3 code points); returns their count."""
    k = last_at_or_below(special, nspecial, SPECIAL_DIGITS, cp)
    if k >= 0 and hex_at(special, SPECIAL_DIGITS * k, 6) == cp:
        n: i64 = 0
        for i in range(3):
            c = hex_at(special, SPECIAL_DIGITS * k + 6 + 6 * i, 6)
            if c != 0:
                out[n] = c
                n += 1
        return n
    out[0] = cp
    k = last_at_or_below(runs, nruns, RUN_DIGITS, cp)
    if k >= 0:
        at = RUN_DIGITS * k
        first = hex_at(runs, at, 6)
        if cp <= hex_at(runs, at + 6, 6) and (cp - first) % hex_at(runs, at + 12, 1) == 0:
            out[0] = cp + hex_at(runs, at + 13, 6) - 0x800000
    return 1


def case_map(which: i64, cp: i64, out: Ptr[i64]) -> i64:
    """The full case mapping (MAP_LOWER, ...) of cp into out (at most 3 code points); their count.
    MAP_LOWER gives a capital sigma's non-final form: the caller looks at its context."""
    if cp < 0x80:
        out[0] = cp
        if which == MAP_LOWER or which == MAP_FOLD:
            if cp >= 0x41 and cp <= 0x5A:
                out[0] = cp + 32
        elif cp >= 0x61 and cp <= 0x7A:
            out[0] = cp - 32
        return 1
    if which == MAP_LOWER:
        return map_with(LOWER_MAP, LOWER_MAP_RUNS, LOWER_MAP_SPECIAL, LOWER_MAP_SPECIALS, cp, out)
    if which == MAP_UPPER:
        return map_with(UPPER_MAP, UPPER_MAP_RUNS, UPPER_MAP_SPECIAL, UPPER_MAP_SPECIALS, cp, out)
    if which == MAP_TITLE:
        return map_with(TITLE_MAP, TITLE_MAP_RUNS, TITLE_MAP_SPECIAL, TITLE_MAP_SPECIALS, cp, out)
    return map_with(FOLD_MAP, FOLD_MAP_RUNS, FOLD_MAP_SPECIAL, FOLD_MAP_SPECIALS, cp, out)


def decimal_value(cp: i64) -> i64:
    """The digit a decimal character stands for, -1 for others. Unicode's decimal digits come in
    runs of ten from 0 to 9, so the table's ranges start at a zero."""
    if cp < 0x80:
        return cp - 0x30 if is_decimal(cp) else -1
    k = last_at_or_below(DECIMAL, DECIMAL_RANGES, RANGE_DIGITS, cp)
    if k < 0 or cp > hex_at(DECIMAL, RANGE_DIGITS * k + 6, 6):
        return -1
    return (cp - hex_at(DECIMAL, RANGE_DIGITS * k, 6)) % 10
