"""Identity that survives moving (DESIGN.md 13): id() and the default hash() of objects.

An object outside the moving heap (a static object, a type, a constant of the JIT's image) is
identified by its address, which never changes. A heap object gets its identity the first time it
is asked for: a number from a counter, above every address a user-space pointer can have (x86-64
gives user space 47 bits), so it never equals the address of a static object, nor another object's
identity, even after that one died. A side table, outside the heap, maps the current address of
each such object to its identity; the collector moves the entries along with the objects it copies
and drops those of objects that died (`identity_moved`, called once the live objects are copied).
Code that never asks for an identity pays nothing: the table is empty and no header changes.
(The JVM keeps a hash in the header and adds a word to an object copied after it was hashed;
pyvm's header is a plain type pointer, compared by every type test in the runtime and the JIT's
code, so a side table, as PyPy keeps for id(), costs least.)

The table: two dense arrays (current address, identity) of `count` entries, and an open-addressing
index over them (the entry's position + 1, 0 for an empty slot), allocated with malloc and rebuilt
after every collection that found entries.
"""
from pyvm.lowpy.lang import *
from pyvm.gc.heap import heap_contains

IDENTITY_BASE = 1 << 47            # above every user-space address
IDENTITY_STEP = 16                 # as addresses of objects: hash() is CPython's _Py_HashPointer of it


@extern
def malloc(n: i64) -> Ptr[u8]: ...


@extern
def calloc(n: i64, size: i64) -> Ptr[u8]: ...


@extern
def free(p: Ptr[u8]) -> None: ...


addresses: Ptr[i64] = null(i64)    # entry k: an object's current address ...
identities: Ptr[i64] = null(i64)   # ... and its identity
count: i64 = 0
capacity: i64 = 0
index: Ptr[i64] = null(i64)        # index_size slots (a power of two, at least 2 * capacity)
index_size: i64 = 0
next_identity: i64 = IDENTITY_BASE


@inline
def slot_of(address: i64) -> i64:
    """Where an address's probe starts (Fibonacci hashing of the address's significant bits)."""
    return cast(i64, (cast(u64, address) >> u64(3)) * 0x9E3779B97F4A7C15 >> u64(32)) & (index_size - 1)


def index_insert(k: i64) -> None:
    """Put entry k in the index (which has room: linear probing)."""
    i = slot_of(addresses[k])
    while index[i] != 0:
        i = (i + 1) & (index_size - 1)
    index[i] = k + 1


def grow() -> bool:
    """Room for twice as many entries; False when malloc fails (nothing changed then)."""
    global addresses, identities, capacity, index, index_size
    new_capacity = 64 if capacity == 0 else capacity * 2
    a = cast(Ptr[i64], malloc(new_capacity * 8))
    d = cast(Ptr[i64], malloc(new_capacity * 8))
    x = cast(Ptr[i64], calloc(new_capacity * 2, 8))
    if not a or not d or not x:
        free(cast(Ptr[u8], a))
        free(cast(Ptr[u8], d))
        free(cast(Ptr[u8], x))
        return False
    for k in range(count):
        a[k] = addresses[k]
        d[k] = identities[k]
    free(cast(Ptr[u8], addresses))
    free(cast(Ptr[u8], identities))
    free(cast(Ptr[u8], index))
    addresses = a
    identities = d
    capacity = new_capacity
    index = x
    index_size = new_capacity * 2
    for k in range(count):
        index_insert(k)
    return True


def heap_identity(address: i64) -> i64:
    """The identity of the heap object at address, fixed now if it had none; 0 when the table cannot
    grow (the caller raises MemoryError). Allocates nothing in the heap."""
    global count, next_identity
    if index_size > 0:
        i = slot_of(address)
        while index[i] != 0:
            k = index[i] - 1
            if addresses[k] == address:
                return identities[k]
            i = (i + 1) & (index_size - 1)
    if count == capacity and not grow():
        return 0
    addresses[count] = address
    identities[count] = next_identity
    next_identity += IDENTITY_STEP
    index_insert(count)
    count += 1
    return identities[count - 1]


def identity_moved(from_start: i64, from_end: i64) -> None:
    """After the collector copied the live objects out of [from_start, from_end): entries follow
    their objects to their new addresses (the old header holds it, with the low bit set); the entries
    of objects left behind are dropped. Keeps the order of the entries; allocates nothing."""
    global count
    if count == 0:
        return
    kept: i64 = 0
    for k in range(count):
        a = addresses[k]
        if a >= from_start and a < from_end:
            header = cast(Ptr[i64], a)[0]
            if (header & 1) != 0:
                addresses[kept] = header - 1
                identities[kept] = identities[k]
                kept += 1
    count = kept
    for i in range(index_size):
        index[i] = 0
    for k in range(count):
        index_insert(k)


def identity_of(w: Word) -> i64:
    """id(w) (for a small int: its word, made positive): its address outside the heap, else the
    identity fixed the first time it was asked for. 0 when the side table cannot grow."""
    a = cast(i64, w)
    if (a & 1) != 0:
        return a & 0x7FFFFFFFFFFFFFFF        # a small int: odd (no object's), unique (bit 62 keeps the sign)
    if not heap_contains(a):
        return a
    return heap_identity(a)


def identity_count() -> i64:
    """How many heap objects have an identity (tests)."""
    return count
