"""The semispace heap: bump allocation and Cheney's stop-and-copy collection (DESIGN.md 7).

Two spaces: objects are allocated by bumping `free` towards `limit` in the
current space; a collection copies what the roots reach into the spare space
(breadth first, the copied objects themselves being the scan queue) and the
two swap. The heap grows when live data passes half of it and gives memory
back when live data falls under an eighth. In stress mode (`PYVM_GC_STRESS=1`)
`limit` is kept at `free`, so that every allocation takes the slow path and
collects.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Type
from pyvm.gc.roots import chain, ranges, lasting
from pyvm.gc.identity import identity_moved
from pyvm.runtime.errors import raise_memory_error   # allocates nothing: its instance is static

PROT_READ_WRITE = 3
MAP_PRIVATE_ANONYMOUS = 0x22
MAP_FAILED = -1
CLOCK_MONOTONIC = 1
MIN_CAPACITY = 1 << 20
SLOT_COUNT_MASK = 0xFFFFFFFF


@extern
def mmap(addr: Ptr[u8], length: i64, prot: i32, flags: i32, fd: i32, offset: i64) -> Ptr[u8]: ...


@extern
def munmap(addr: Ptr[u8], length: i64) -> i32: ...


@extern
def memset(p: Ptr[u8], c: i32, n: i64) -> Ptr[u8]: ...


@extern
def memcpy(dst: Ptr[u8], src: Ptr[u8], n: i64) -> Ptr[u8]: ...


@extern
def realloc(p: Ptr[u8], n: i64) -> Ptr[u8]: ...


@extern
def clock_gettime(clock: i32, ts: Ptr[i64]) -> i32: ...


# The current space: objects in [start, free); allocation may go up to limit <= end.
free: i64 = 0
limit: i64 = 0
start: i64 = 0
end: i64 = 0
mapped: i64 = 0
# The spare space, the target of the next collection; spare_mapped >= end - start.
spare: i64 = 0
spare_mapped: i64 = 0
spare_fresh: bool = True       # freshly mapped: the kernel zeroed it already
# Copying state, valid during a collection.
from_start: i64 = 0
from_end: i64 = 0
to_free: i64 = 0

stress: bool = False
max_heap: i64 = 0

# Statistics, read by the driver (PYVM_STATS=1).
collections: i64 = 0
bytes_copied: i64 = 0
bytes_allocated: i64 = 0
pause_total_ns: i64 = 0
pause_max_ns: i64 = 0
capacity_max: i64 = 0


def map_space(size: i64) -> i64:
    p = mmap(null(u8), size, PROT_READ_WRITE, MAP_PRIVATE_ANONYMOUS, -1, 0)
    if cast(i64, p) == MAP_FAILED:
        return 0
    return cast(i64, p)


def setup(capacity: i64, heap_limit: i64, stress_mode: bool) -> bool:
    """Map both spaces. capacity: initial usable bytes per space; heap_limit: most bytes per space."""
    global free, limit, start, end, mapped, spare, spare_mapped, stress, max_heap, capacity_max
    size = max(round_up(capacity), MIN_CAPACITY)
    start = map_space(size)
    spare = map_space(size)
    if start == 0 or spare == 0:
        return False
    mapped = size
    spare_mapped = size
    end = start + size
    free = start
    stress = stress_mode
    limit = free if stress else end
    max_heap = heap_limit
    capacity_max = size
    return True


@inline
def round_up(n: i64) -> i64:
    return (n + 4095) & ~4095


@inline
def alloc(descriptor: Ptr[u8], size: i64) -> Ptr[u8]:
    """A zero-filled object of size bytes with its header set; null after MemoryError."""
    global free
    n = (size + 7) & ~7
    p = free
    if size > 0 and n <= limit - p:
        free = p + n
        cast(Ptr[Ptr[u8]], p)[0] = descriptor
        return cast(Ptr[u8], p)
    return alloc_slow(descriptor, size)


@noinline
def alloc_slow(descriptor: Ptr[u8], size: i64) -> Ptr[u8]:
    global free, limit
    n = (size + 7) & ~7
    if size <= 0 or n > max_heap or not collect(n):
        raise_memory_error()
        return null(u8)
    p = free
    free = p + n
    if stress:
        memset(cast(Ptr[u8], p), 0, n)
        limit = free
    cast(Ptr[Ptr[u8]], p)[0] = descriptor
    return cast(Ptr[u8], p)


def now_ns() -> i64:
    ts = static_timespec
    clock_gettime(CLOCK_MONOTONIC, addr(ts.seconds))
    return ts.seconds * 1000000000 + ts.nanoseconds


class Timespec(Struct):
    seconds: i64
    nanoseconds: i64


static_timespec = static(Timespec)


# -- copying -----------------------------------------------------------------------------

@inline
def object_size(obj: i64) -> i64:
    t = cast(Ptr[Type], cast(Ptr[i64], obj)[0])
    size = t.basic_size
    if t.item_size != 0:
        size += t.item_size * cast(Ptr[i64], obj + t.length_offset)[0]
    return (size + 7) & ~7


def forward(slot: Ptr[i64]) -> None:
    """Copy the object slot refers to (once) and point slot at the copy."""
    global to_free
    v = slot[0]
    if (v & 7) != 0 or v < from_start or v >= from_end:
        return          # a small int, null, or a static object
    header = cast(Ptr[i64], v)[0]
    if (header & 1) != 0:
        slot[0] = header - 1       # already copied: the header holds the new address | 1
        return
    size = object_size(v)
    copy = to_free
    memcpy(cast(Ptr[u8], copy), cast(Ptr[u8], v), size)
    to_free = copy + size
    cast(Ptr[i64], v)[0] = copy | 1
    slot[0] = copy


def scan_object(obj: i64) -> i64:
    """Forward every reference inside obj; returns obj's size."""
    t = cast(Ptr[Type], cast(Ptr[i64], obj)[0])
    refs = t.ref_map
    while refs != 0:
        i = ctz(refs)
        forward(cast(Ptr[i64], obj + i64(i) * 8))
        refs = refs & (refs - 1)
    if t.items_are_refs:
        n = cast(Ptr[i64], obj + t.length_offset)[0]
        items = cast(Ptr[i64], obj + t.basic_size)
        for k in range(n):
            forward(items + k)
    return object_size(obj)


def copy_live(target: i64) -> None:
    """Copy everything reachable from the roots into target (Cheney)."""
    global from_start, from_end, to_free, kept
    from_start = start
    from_end = free
    to_free = target
    record = chain
    while record:
        n = record[1] & SLOT_COUNT_MASK        # the high bits mark Python frames (FRAME_FLAG)
        for i in range(n):
            forward(record + 2 + i)
        record = cast(Ptr[i64], record[0])
    for r in range(ranges.count):
        words = cast(Ptr[i64], ranges.starts[r])
        for i in range(ranges.lengths[r]):
            forward(words + i)
    node = lasting
    while node:
        words = cast(Ptr[i64], node[1])
        for i in range(node[2]):
            forward(words + i)
        node = cast(Ptr[i64], node[0])
    k = kept
    forward(addr(k))
    kept = k
    scan = target
    while scan < to_free:
        scan += scan_object(scan)
    if watched_count:
        sweep_watched()
        while scan < to_free:
            scan += scan_object(scan)


# -- objects held weakly: a finalizer queue, as PyPy's (generators left in a try statement,
# docs/generators.md). The collector does not trace `watched`: once it has copied what the roots
# reach, it points the entries that survived at their copies and drops the dead, except one that
# `dead_hook` asks to keep, which it copies (with all it reaches) into `kept`, a root until taken.
watched: Ptr[i64] = null(i64)      # malloc'd
watched_count: i64 = 0
watched_capacity: i64 = 0
kept: i64 = 0
dead_hook: Fn[[Word], bool]        # (reads a dead object in place, allocates nothing)


def watch(obj: Word) -> bool:
    """Hold obj weakly (it is in the heap); False when out of memory."""
    global watched, watched_capacity, watched_count
    if watched_count == watched_capacity:
        capacity = max(2 * watched_capacity, 64)
        grown = cast(Ptr[i64], realloc(cast(Ptr[u8], watched), 8 * capacity))
        if not grown:
            return False
        watched = grown
        watched_capacity = capacity
    watched[watched_count] = cast(i64, obj)
    watched_count += 1
    return True


def sweep_watched() -> None:
    global watched_count, kept
    n = 0
    for i in range(watched_count):
        v = watched[i]
        header = cast(Ptr[i64], v)[0]
        if (header & 1) != 0:
            watched[n] = header - 1
            n += 1
        elif kept == 0 and dead_hook and dead_hook(cast(Word, v)):
            k = v
            forward(addr(k))
            kept = k
    watched_count = n


def set_dead_hook(hook: Fn[[Word], bool]) -> None:
    global dead_hook
    dead_hook = hook


def take_kept() -> Word:
    """The dead object dead_hook asked to keep (0: none), no longer kept."""
    global kept
    v = kept
    kept = 0
    return cast(Word, v)


def desired_capacity(live: i64, capacity: i64) -> i64:
    """Grow when live data passes half the space, shrink when it falls under an eighth."""
    if live * 2 > capacity:
        return round_up(live * 2)
    if live * 8 < capacity and capacity > MIN_CAPACITY:
        return max(round_up(capacity // 2), MIN_CAPACITY)
    return capacity


@collects
@noinline
def collect(request: i64) -> bool:
    """Collect; afterwards request more bytes fit below limit, or return False (out of memory)."""
    global collections, bytes_copied, bytes_allocated, pause_total_ns, pause_max_ns
    began = now_ns()
    bytes_allocated += free - start
    ok = collect_once(request)
    if ok and end - free < request:
        ok = collect_once(request)     # the space had to grow: copy once more into the bigger one
    pause = now_ns() - began
    collections += 1
    pause_total_ns += pause
    pause_max_ns = max(pause_max_ns, pause)
    return ok and end - free >= request


def collect_once(request: i64) -> bool:
    global free, limit, start, end, mapped, spare, spare_mapped, spare_fresh, bytes_copied, capacity_max
    fresh = spare_fresh
    old_start = start
    old_mapped = mapped
    copy_live(spare)
    identity_moved(from_start, from_end)     # before the old space is unmapped: it reads forwarding headers
    live = to_free - spare
    bytes_copied += live
    start = spare
    mapped = spare_mapped
    free = to_free
    wanted = desired_capacity(live + request, end - old_start)
    if wanted > max_heap:
        wanted = max(max_heap, round_up(live))
    end = start + min(wanted, mapped)
    capacity_max = max(capacity_max, end - start)
    # The old space becomes the spare; it must hold a full current space, and `wanted` next time.
    spare_size = max(wanted, end - start)
    if spare_size != old_mapped:
        munmap(cast(Ptr[u8], old_start), old_mapped)
        spare = map_space(spare_size)
        spare_mapped = spare_size
        spare_fresh = True
        if spare == 0:
            spare = map_space(end - start)      # fall back to what correctness needs
            spare_mapped = end - start
            if spare == 0:
                return False
    else:
        spare = old_start
        spare_mapped = old_mapped
        spare_fresh = False
    if not stress and not fresh:
        memset(cast(Ptr[u8], free), 0, end - free)
    limit = free if stress else end
    return end - free >= request or wanted > end - start


def heap_contains(p: i64) -> bool:
    return p >= start and p < free


def set_stress(on: bool) -> bool:
    """Switch stress mode (a collection at every allocation); returns the previous mode."""
    global stress, limit
    was = stress
    stress = on
    limit = free if on else end
    return was
