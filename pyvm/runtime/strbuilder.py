"""Building a str piece by piece (repr of containers), in malloc'd memory outside the heap.

The bytes collected so far never move, so pieces may be added between
allocations; str_builder_finish makes the one heap str at the end. Every
builder must end with str_builder_finish or str_builder_free.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.strobj import Str, str_new_utf8, memcpy
from pyvm.runtime.errors import raise_memory_error


@extern
def malloc(n: i64) -> Ptr[u8]: ...


@extern
def realloc(p: Ptr[u8], n: i64) -> Ptr[u8]: ...


@extern
def free(p: Ptr[u8]) -> None: ...


class StrBuilder(Struct):
    data: Ptr[u8]
    used: i64                  # bytes
    capacity: i64
    chars: i64                 # code points
    failed: bool               # out of memory: the result will be MemoryError


def str_builder_new() -> Ptr[StrBuilder]:
    """A new empty builder; null after raising MemoryError."""
    b = cast(Ptr[StrBuilder], malloc(sizeof(StrBuilder)))
    if not b:
        raise_memory_error()
        return b
    b.data = malloc(64)
    b.used = 0
    b.capacity = 64
    b.chars = 0
    b.failed = not b.data
    return b


def str_builder_reserve(b: Ptr[StrBuilder], n: i64) -> bool:
    """Room for n more bytes; False (and the builder failed) when memory runs out."""
    if b.failed:
        return False
    if b.used + n <= b.capacity:
        return True
    capacity = b.capacity
    while capacity < b.used + n:
        capacity = capacity * 2
    data = realloc(b.data, capacity)
    if not data:
        b.failed = True
        return False
    b.data = data
    b.capacity = capacity
    return True


def str_builder_add_bytes(b: Ptr[StrBuilder], p: Ptr[u8], n: i64, chars: i64) -> None:
    """Append n bytes of UTF-8 holding chars code points (p must not move: nothing here allocates)."""
    if not str_builder_reserve(b, n):
        return
    memcpy(b.data + b.used, p, n)
    b.used += n
    b.chars += chars


def str_builder_add_cstr(b: Ptr[StrBuilder], text: Ptr[u8]) -> None:
    """Append NUL-terminated UTF-8."""
    n: i64 = 0
    chars: i64 = 0
    while text[n] != 0:
        if (text[n] & 0xC0) != 0x80:
            chars += 1
        n += 1
    str_builder_add_bytes(b, text, n, chars)


def str_builder_add_str(b: Ptr[StrBuilder], s: Word) -> None:
    """Append the text of the str s."""
    p = cast(Ptr[Str], s)
    str_builder_add_bytes(b, p.data, p.nbytes, p.length)


def str_builder_add_hex(b: Ptr[StrBuilder], v: u64) -> None:
    """Append v as 0x followed by lowercase hex digits, as C's %p writes an address."""
    digits: i64 = 1
    t = v >> 4
    while t != 0:
        t = t >> 4
        digits += 1
    if not str_builder_reserve(b, digits + 2):
        return
    out = b.data + b.used
    out[0] = 0x30
    out[1] = 0x78
    for k in range(digits):
        d = (v >> u64(4 * (digits - 1 - k))) & 15
        out[2 + k] = u8(d + 0x30) if d < 10 else u8(d - 10 + 0x61)
    b.used += digits + 2
    b.chars += digits + 2


def str_builder_free(b: Ptr[StrBuilder]) -> None:
    free(b.data)
    free(cast(Ptr[u8], b))


def str_builder_finish(b: Ptr[StrBuilder]) -> Word:
    """The str built, freeing the builder; the null Word with MemoryError pending if memory ran out."""
    if b.failed:
        str_builder_free(b)
        return raise_memory_error()
    s = str_new_utf8(b.data, b.used, b.chars)
    str_builder_free(b)
    return s
