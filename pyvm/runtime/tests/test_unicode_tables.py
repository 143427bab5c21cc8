"""runtime/unicode_tables.py is generated from the host CPython's Unicode database, and must stay
what the host generates: its str methods are what pyvm's must match.

    python3 pyvm/runtime/tests/test_unicode_tables.py --write      # regenerate the tables

Every table is read from the host's own str methods on one code point (or two, where a property only
shows in context), so it is exactly the database CPython's str uses.
"""
import sys
import unicodedata
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "unicode_tables.py"
PER_LINE = 96           # hex digits per source line
SIGMA = "\u03a3"
FINAL_SIGMA = "\u03c2"

HEADER = '''"""The Unicode data pyvm's str needs (runtime/unicodedb.py reads it). Generated from the host
CPython's unicodedata {version} by

    python3 pyvm/runtime/tests/test_unicode_tables.py --write

(a test checks that the host still generates this file).

A set of code points is NAME_RANGES ranges, each 12 hex digits in NAME: its first and its last code
point, 6 digits each, in order. A case mapping is NAME_RUNS runs of one-character mappings, each 19
hex digits in NAME: first and last code point (6 each), the step between the code points mapped (1),
and what they add to be mapped (6, plus 0x800000); then NAME_SPECIALS mappings to several characters
in NAME_SPECIAL, each 24 hex digits: the code point and the three it maps to (0: none).
"""
from pyvm.lowpy.lang import *
'''


def code_points():
    return (chr(cp) for cp in range(0x110000))


def ranges_of(test) -> list:
    ranges, start = [], None
    for cp in range(0x110000):
        inside = test(chr(cp))
        if inside and start is None:
            start = cp
        elif not inside and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, 0x10FFFF))
    return ranges


def non_printable_ranges() -> list:
    return ranges_of(lambda c: not c.isprintable())


def is_cased(c: str) -> bool:
    return c.islower() or c.isupper() or unicodedata.category(c) == "Lt"


def is_case_ignorable(c: str) -> bool:
    # A final sigma looks back past case-ignorable characters to a cased one: after a cased "A" the
    # sigma is final when c is cased or ignorable; after a "1" (neither) only when c is cased and not
    # ignorable.
    return (("A" + c + SIGMA).lower().endswith(FINAL_SIGMA)
            and not ("1" + c + SIGMA).lower().endswith(FINAL_SIGMA))


PROPERTIES = [
    ("NON_PRINTABLE", lambda c: not c.isprintable()),
    ("ALPHA", str.isalpha),
    ("DECIMAL", str.isdecimal),
    ("DIGIT", str.isdigit),
    ("NUMERIC", str.isnumeric),
    ("SPACE", str.isspace),
    ("LOWER", str.islower),
    ("UPPER", str.isupper),
    ("TITLE", lambda c: unicodedata.category(c) == "Lt"),
    ("CASED", is_cased),
    ("CASE_IGNORABLE", is_case_ignorable),
    ("XID_START", lambda c: c != "_" and c.isidentifier()),
    ("XID_CONTINUE", lambda c: ("a" + c).isidentifier()),
    ("LINEBREAK", lambda c: len(("a" + c + "b").splitlines()) == 2),
]

MAPPINGS = [
    ("LOWER_MAP", lambda c: c.lower()),      # one character alone: never a final sigma
    ("UPPER_MAP", str.upper),
    ("TITLE_MAP", str.title),
    ("FOLD_MAP", str.casefold),
]


def mapping_runs(mapping) -> tuple:
    """The one-character mappings as runs (first, last, step, delta), and the longer ones."""
    runs, specials = [], []
    for c in code_points():
        m = mapping(c)
        if m == c:
            continue
        cp = ord(c)
        if len(m) > 1:
            specials.append((cp, [ord(x) for x in m]))
            continue
        delta = ord(m) - cp
        if runs:
            first, last, step, d = runs[-1]
            if d == delta and (cp - last == step or (first == last and cp - last in (1, 2))):
                runs[-1] = (first, cp, cp - last, d)
                continue
        runs.append((cp, cp, 1, delta))
    return runs, specials


def hex_lines(name: str, text: str) -> str:
    lines = ['    "' + text[i:i + PER_LINE] + '"\n' for i in range(0, len(text), PER_LINE)]
    return f"{name} = (\n" + "".join(lines) + ")\n"


def module_text() -> str:
    parts = [HEADER.format(version=unicodedata.unidata_version)]
    for name, test in PROPERTIES:
        ranges = ranges_of(test)
        parts.append(f"\n{name}_RANGES = {len(ranges)}\n")
        parts.append(hex_lines(name, "".join(f"{a:06x}{b:06x}" for a, b in ranges)))
    for name, mapping in MAPPINGS:
        runs, specials = mapping_runs(mapping)
        parts.append(f"\n{name}_RUNS = {len(runs)}\n")
        parts.append(hex_lines(name, "".join(f"{a:06x}{b:06x}{s:x}{d + 0x800000:06x}" for a, b, s, d in runs)))
        parts.append(f"{name}_SPECIALS = {len(specials)}\n")
        parts.append(hex_lines(name + "_SPECIAL", "".join(
            f"{cp:06x}" + "".join(f"{x:06x}" for x in (m + [0, 0])[:3]) for cp, m in specials)))
    return "".join(parts)


def test_the_table_is_what_the_host_generates():
    assert TABLE.read_text() == module_text(), "run: python3 pyvm/runtime/tests/test_unicode_tables.py --write"


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    TABLE.write_text(module_text())
