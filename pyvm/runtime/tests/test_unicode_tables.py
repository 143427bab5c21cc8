"""runtime/unicode_tables.py is generated from the host CPython's Unicode database, and must stay
what the host generates: its repr() is what pyvm's must match.

    python3 pyvm/runtime/tests/test_unicode_tables.py --write      # regenerate the table
"""
import sys
import unicodedata
from pathlib import Path

TABLE = Path(__file__).resolve().parents[1] / "unicode_tables.py"
PER_LINE = 8            # ranges per source line

HEADER = '''"""The Unicode data pyvm's str needs: which code points str.isprintable() refuses (repr()
escapes them; strobj.is_printable looks them up). Generated from the host CPython's unicodedata {version} by

    python3 pyvm/runtime/tests/test_unicode_tables.py --write

(a test checks that the host still generates this file). CPython's test is "not in categories Cc,
Cf, Cs, Co, Cn, Zl, Zp, Zs".
"""
from pyvm.lowpy.lang import *

NON_PRINTABLE_RANGES = {count}
# Each range as 12 hex digits: its first and its last code point, 6 digits each, in order.
NON_PRINTABLE = (
'''

FOOTER = ")\n"


def non_printable_ranges() -> list:
    ranges, start = [], None
    for cp in range(0x110000):
        printable = chr(cp).isprintable()
        if not printable and start is None:
            start = cp
        elif printable and start is not None:
            ranges.append((start, cp - 1))
            start = None
    if start is not None:
        ranges.append((start, 0x10FFFF))
    return ranges


def module_text() -> str:
    ranges = non_printable_ranges()
    lines = []
    for i in range(0, len(ranges), PER_LINE):
        lines.append('    "' + "".join(f"{a:06x}{b:06x}" for a, b in ranges[i:i + PER_LINE]) + '"\n')
    return HEADER.format(version=unicodedata.unidata_version, count=len(ranges)) + "".join(lines) + FOOTER


def test_the_table_is_what_the_host_generates():
    assert TABLE.read_text() == module_text(), "run: python3 pyvm/runtime/tests/test_unicode_tables.py --write"


if __name__ == "__main__" and sys.argv[1:] == ["--write"]:
    TABLE.write_text(module_text())
