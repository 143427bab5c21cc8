"""Where the collector finds references (DESIGN.md 8).

- `chain`: the root records on the native stack. Each is `[prev, n, slot 0 .. slot n-1]`;
  lowpy functions that may collect push one (docs/lowpy.md), and so do JIT frames, whose
  `n` has FRAME_FLAG (bit 62) set and whose first two slots are the code and the line.
- registered ranges: arrays of Words outside the heap (a unit's reference globals,
  the Python driver's handle table), added with `add_range`.
"""
from pyvm.lowpy.lang import *

MAX_RANGES = 1024

chain: Ptr[i64] = null(i64)


class RangeTable(Struct):
    count: i64
    starts: Array[Ptr[Word], 1024]
    lengths: Array[i64, 1024]


ranges = static(RangeTable)


def set_chain(record: Ptr[i64]) -> None:
    """The innermost record is now this one (a frame record linked or unlinked by the interpreter)."""
    global chain
    chain = record


def add_range(start: Ptr[Word], n: i64) -> bool:
    """Register n Words at start as roots; False when the table is full."""
    if ranges.count == MAX_RANGES:
        return False
    ranges.starts[ranges.count] = start
    ranges.lengths[ranges.count] = n
    ranges.count += 1
    return True


# Ranges that stay until the process ends, as many as wanted (a user class's Words, which live outside
# the heap with the class): a list of malloc'd nodes [next, start, n].
lasting: Ptr[i64] = null(i64)


def add_lasting_range(start: Ptr[Word], n: i64) -> bool:
    """Register n Words at start as roots for good; False when out of memory."""
    global lasting
    node = cast(Ptr[i64], malloc(24))
    if not node:
        return False
    node[0] = cast(i64, lasting)
    node[1] = cast(i64, start)
    node[2] = n
    lasting = node
    return True


def remove_range(start: Ptr[Word]) -> None:
    for i in range(ranges.count):
        if ranges.starts[i] == start:
            last = ranges.count - 1
            ranges.starts[i] = ranges.starts[last]
            ranges.lengths[i] = ranges.lengths[last]
            ranges.count = last
            return


@extern
def malloc(n: i64) -> Ptr[u8]: ...


@extern
def free(p: Ptr[u8]) -> None: ...


# Argument areas come from a stack of their own, since they are popped in the reverse order of their
# pushes: a method call made one (call_with_self) with a malloc and a free each time. An area too big
# for what is left of it is malloc'd as before.
AREA_STACK_WORDS = 1 << 20             # 8 MiB of address space, touched as it is used
area_base: Ptr[i64] = null(i64)
area_top: Ptr[i64] = null(i64)
area_end: Ptr[i64] = null(i64)


def area_push(n: i64) -> Ptr[Word]:
    """n zeroed Words the collector sees as roots until area_pop (null when out of memory): a root
    record like a stack frame's, for argument lists whose length is known only at run time. Areas are
    popped in the reverse order of their pushes, before their function returns."""
    global chain, area_base, area_top, area_end
    if not area_base:
        area_base = cast(Ptr[i64], malloc(8 * AREA_STACK_WORDS))
        area_top = area_base
        area_end = area_base + AREA_STACK_WORDS
    record = area_top
    if area_base and cast(i64, area_end) - cast(i64, record) >= 8 * (n + 2):
        area_top = record + n + 2
    else:
        record = cast(Ptr[i64], malloc(8 * (n + 2)))
        if not record:
            return null(Word)
    record[0] = cast(i64, chain)
    record[1] = n
    for i in range(n):
        record[2 + i] = 0
    chain = record
    return cast(Ptr[Word], record + 2)


def area_pop(area: Ptr[Word]) -> None:
    global chain, area_top
    record = cast(Ptr[i64], area) - 2
    chain = cast(Ptr[i64], record[0])
    if cast(i64, record) >= cast(i64, area_base) and cast(i64, record) < cast(i64, area_end):
        area_top = record
    else:
        free(cast(Ptr[u8], record))
