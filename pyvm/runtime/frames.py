"""Reading frame records (DESIGN.md 8): a JIT frame is `[prev, n | FRAME_FLAG, code, lasti, frame, r0, r1, ...]`.

The JIT writes the registers into the record only where the frame can be observed;
INTROSPECT is such a place (the paper's frame synchronization).
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import has_type, is_small, small_value
from pyvm.runtime.intobj import BigInt, int_to_decimal
from pyvm.runtime.errors import raise_msg, raise_with_str, TYPE_ERROR, INDEX_ERROR
from pyvm.runtime.strobj import str_from_cstr, str_concat
from pyvm.runtime.function import decimal, concat3
from pyvm.runtime.frameobj import FRAME_HEADER


def introspect(record: Ptr[i64], index: Word, registers: i64) -> Word:
    """The register whose number is in index, read from a synchronized frame record
    (registers: how many the program can name; the JIT's scratch registers lie above)."""
    if is_small(index):
        i = small_value(index)
        if i < 0 or i >= registers:
            return outside(index)
    elif has_type(index, type_of(BigInt)):
        return outside(index)                   # beyond every frame
    else:
        return raise_msg(TYPE_ERROR, "INTROSPECT needs an int register number")
    value = cast(Word, record[FRAME_HEADER + i])
    if not value:
        return raise_with_str(INDEX_ERROR, str_concat(str_from_cstr("INTROSPECT of register r"),
                                                      str_concat(decimal(i), str_from_cstr(", which is not set"))))
    return value


def outside(index: Word) -> Word:
    """IndexError naming the register by its number, whatever its size (as the reference interpreter)."""
    text = concat3(str_from_cstr("INTROSPECT of register r"), int_to_decimal(index), str_from_cstr(", outside the frame"))
    if not text:
        return text                             # MemoryError is pending
    return raise_with_str(INDEX_ERROR, text)
