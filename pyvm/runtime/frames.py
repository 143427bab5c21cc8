"""Reading frame records (DESIGN.md 8): a JIT frame is `[prev, n | FRAME_FLAG, code, lasti, frame, r0, r1, ...]`.

The JIT writes the registers into the record only where the frame can be observed;
INTROSPECT is such a place (the paper's frame synchronization).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import has_type, is_small, small_value
from pyvm.runtime.intobj import BigInt
from pyvm.runtime.errors import raise_msg, raise_with_str, TYPE_ERROR, INDEX_ERROR
from pyvm.runtime.strobj import str_from_cstr, str_concat
from pyvm.runtime.function import decimal
from pyvm.runtime.frameobj import FRAME_HEADER


def introspect(record: Ptr[i64], index: Word, registers: i64) -> Word:
    """The register whose number is in index, read from a synchronized frame record
    (registers: how many the program can name; the JIT's scratch registers lie above)."""
    if not is_small(index):
        if has_type(index, type_of(BigInt)):
            return outside(str_from_cstr("r?"))
        return raise_msg(TYPE_ERROR, "INTROSPECT needs an int register number")
    i = small_value(index)
    if i < 0 or i >= registers:
        name = str_concat(str_from_cstr("r-"), decimal(-i)) if i < 0 else str_concat(str_from_cstr("r"), decimal(i))
        return outside(name)
    value = cast(Word, record[FRAME_HEADER + i])
    if not value:
        return raise_with_str(INDEX_ERROR, str_concat(str_from_cstr("INTROSPECT of register r"),
                                                      str_concat(decimal(i), str_from_cstr(", which is not set"))))
    return value


def outside(name: Word) -> Word:
    return raise_with_str(INDEX_ERROR, str_concat(str_concat(str_from_cstr("INTROSPECT of register "), name),
                                                  str_from_cstr(", outside the frame")))
