"""list.sort and sorted(): CPython's timsort (Objects/listobject.c, Objects/listsort.txt).

A stable, adaptive merge sort: natural runs (strictly descending ones reversed), short runs
extended to a minimum run length by binary insertion, runs merged by the powersort strategy
with galloping merges. Comparisons are `<` through the runtime's rich comparison; when every
key is a small int, every key a float or every key a str, a direct comparison replaces it
(CPython's pre-sort check and unsafe_*_compare); when every key is a tuple whose first item is
of one such kind, the first items are compared directly, and the tuples as tuples only where
those are equal (unsafe_tuple_compare).

While it sorts, the list is empty (size 0, no array), as in CPython: a comparison or key
function that changes it allocates an array, which the end detects ("list modified during
sort"). Whatever happens, the list ends as a permutation of its items.

The collector moves objects: a comparison may run Python code and collect, so the arrays are
named by the SortState (a heap object, re-read after every call) and indexed, never held as
interior pointers across a comparison.
"""
from pyvm.lowpy.lang import *
from pyvm.runtime.object import Object, small, is_small, small_value, has_type, none_word
from pyvm.runtime.listobj import WordArray, as_list
from pyvm.runtime.floatobj import Float, float_value
from pyvm.runtime.strobj import Str, str_compare, str_eq
from pyvm.runtime.tupleobj import Tuple
from pyvm.runtime.ops import rich_compare, sequence_compare, is_int, list_from_iterable, CMP_LT
from pyvm.runtime.intobj import int_compare
from pyvm.runtime.errors import raise_msg, raise_text, VALUE_ERROR, TYPE_ERROR
from pyvm.runtime.builtins import (kw_count, kw_name, name_is, raise_bad_keyword, raise_not_integer, call_one,
                                   raise_arg_count)

MIN_GALLOP = 7
MAX_PENDING = 64              # runs on the stack: at most log2(len) + 1 of them

# What the pre-sort check found every key to be.
ANY_KEYS = 0
SMALL_KEYS = 1                # small ints
FLOAT_KEYS = 2
STR_KEYS = 3
TUPLE_KEYS = 4                # tuples whose first items are of kind k: TUPLE_KEYS + k


class SortState(Object, name="sort_state", length="capacity"):
    capacity: i64             # 3 * MAX_PENDING: a run's start, length and power
    keys: Word                # a WordArray: what is compared, sorted in place
    vals: Word                # the list's items when there is a key function (moved with keys), else 0
    tmp_keys: Word            # scratch for merges: (len + 1) // 2 slots
    tmp_vals: Word
    kind: i64                 # ANY_KEYS, SMALL_KEYS, ...
    min_gallop: i64
    listlen: i64
    n: i64                    # runs pending
    descending: bool          # what count_run found
    runs: Array[i64]


@inline
def words(w: Word) -> Ptr[WordArray]:
    return cast(Ptr[WordArray], w)


@inline
def key_lt(kind: i64, a: Word, b: Word) -> i64:
    """a < b: 1 or 0, -1 after raising."""
    if kind == SMALL_KEYS:
        return 1 if small_value(a) < small_value(b) else 0
    if kind == FLOAT_KEYS:
        return 1 if float_value(a) < float_value(b) else 0
    if kind == STR_KEYS:
        return 1 if str_compare(a, b) < 0 else 0
    if kind > TUPLE_KEYS:
        return tuple_key_lt(kind - TUPLE_KEYS, a, b)
    return rich_compare(a, b, CMP_LT)


def tuple_key_lt(first: i64, a: Word, b: Word) -> i64:
    """a < b for two tuples whose first items are of kind first: those compared directly (no Python
    code runs), the tuples compared as tuples only when they are equal."""
    x = cast(Ptr[Tuple], a).items[0]
    y = cast(Ptr[Tuple], b).items[0]
    equal = x == y
    if first == FLOAT_KEYS:
        equal = equal or float_value(x) == float_value(y)
    elif first == STR_KEYS:
        equal = str_eq(x, y)
    if not equal:
        return key_lt(first, x, y)
    return sequence_compare(a, b, CMP_LT)


def kind_of(w: Word) -> i64:
    """The kind of one key: SMALL_KEYS, FLOAT_KEYS, STR_KEYS, TUPLE_KEYS + one of them, or ANY_KEYS."""
    if is_small(w):
        return SMALL_KEYS
    if has_type(w, type_of(Float)):
        return FLOAT_KEYS
    if has_type(w, type_of(Str)):
        return STR_KEYS
    if has_type(w, type_of(Tuple)) and cast(Ptr[Tuple], w).size > 0:
        first = cast(Ptr[Tuple], w).items[0]
        if not has_type(first, type_of(Tuple)) and kind_of(first) != ANY_KEYS:
            return TUPLE_KEYS + kind_of(first)
    return ANY_KEYS


def key_kind(keys: Ptr[WordArray], n: i64) -> i64:
    """The pre-sort check: the kind every one of the n keys has, or ANY_KEYS."""
    kind = kind_of(keys.items[0])
    for k in range(n):
        if kind_of(keys.items[k]) != kind:
            return ANY_KEYS
    return kind


@inline
def move_words(dst: Ptr[WordArray], di: i64, src: Ptr[WordArray], si: i64, n: i64) -> None:
    """dst[di:di+n] = src[si:si+n], as memmove (the ranges may overlap)."""
    if dst == src and di > si:
        for k in range(n - 1, -1, -1):
            dst.items[di + k] = src.items[si + k]
    else:
        for k in range(n):
            dst.items[di + k] = src.items[si + k]


@inline
def move(ms: Ptr[SortState], to_tmp: bool, di: i64, from_tmp: bool, si: i64, n: i64) -> None:
    """Move n keys (and their values) between the array sorted and the scratch one."""
    move_words(words(ms.tmp_keys if to_tmp else ms.keys), di, words(ms.tmp_keys if from_tmp else ms.keys), si, n)
    if ms.vals:
        move_words(words(ms.tmp_vals if to_tmp else ms.vals), di, words(ms.tmp_vals if from_tmp else ms.vals), si, n)


def reverse_range(a: Ptr[WordArray], lo: i64, hi: i64) -> None:
    """Reverse a[lo:hi] in place."""
    hi -= 1
    while lo < hi:
        x = a.items[lo]
        a.items[lo] = a.items[hi]
        a.items[hi] = x
        lo += 1
        hi -= 1


def binary_sort(ms: Ptr[SortState], lo: i64, hi: i64, start: i64) -> bool:
    """Sort keys[lo:hi] by binary insertion, keys[lo:start] being sorted; False after raising."""
    kind = ms.kind
    if lo == start:
        start += 1
    while start < hi:
        pivot = words(ms.keys).items[start]
        l = lo
        r = start
        while l < r:              # pivot >= all in [lo, l), < all in [r, start)
            p = l + ((r - l) >> 1)
            c = key_lt(kind, pivot, words(ms.keys).items[p])
            if c < 0:
                return False
            if c == 1:
                r = p
            else:
                l = p + 1
        k = words(ms.keys)
        move_words(k, l + 1, k, l, start - l)
        k.items[l] = pivot
        if ms.vals:
            v = words(ms.vals)
            value = v.items[start]
            move_words(v, l + 1, v, l, start - l)
            v.items[l] = value
        start += 1
    return True


def count_run(ms: Ptr[SortState], lo: i64, hi: i64) -> i64:
    """The length of the run at keys[lo:hi] (lo < hi): ascending (a[0] <= a[1] <= ...) or strictly
    descending (ms.descending set); -1 after raising."""
    kind = ms.kind
    ms.descending = False
    if lo + 1 == hi:
        return 1
    c = key_lt(kind, words(ms.keys).items[lo + 1], words(ms.keys).items[lo])
    if c < 0:
        return -1
    i = lo + 2
    if c == 1:
        ms.descending = True
        while i < hi:
            c = key_lt(kind, words(ms.keys).items[i], words(ms.keys).items[i - 1])
            if c < 0:
                return -1
            if c == 0:
                break
            i += 1
    else:
        while i < hi:
            c = key_lt(kind, words(ms.keys).items[i], words(ms.keys).items[i - 1])
            if c < 0:
                return -1
            if c == 1:
                break
            i += 1
    return i - lo


def gallop_left(kind: i64, key: Word, a: Word, base: i64, n: i64, hint: i64) -> i64:
    """k in 0..n with a[base+k-1] < key <= a[base+k] (a a WordArray, n > 0), searched from hint;
    -1 after raising."""
    lastofs: i64 = 0
    ofs: i64 = 1
    c = key_lt(kind, words(a).items[base + hint], key)
    if c < 0:
        return -1
    if c == 1:                # gallop right until a[hint+lastofs] < key <= a[hint+ofs]
        maxofs = n - hint
        while ofs < maxofs:
            c = key_lt(kind, words(a).items[base + hint + ofs], key)
            if c < 0:
                return -1
            if c == 0:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    else:                     # gallop left until a[hint-ofs] < key <= a[hint-lastofs]
        maxofs = hint + 1
        while ofs < maxofs:
            c = key_lt(kind, words(a).items[base + hint - ofs], key)
            if c < 0:
                return -1
            if c == 1:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    lastofs += 1              # binary search with a[lastofs-1] < key <= a[ofs]
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        c = key_lt(kind, words(a).items[base + m], key)
        if c < 0:
            return -1
        if c == 1:
            lastofs = m + 1
        else:
            ofs = m
    return ofs


def gallop_right(kind: i64, key: Word, a: Word, base: i64, n: i64, hint: i64) -> i64:
    """As gallop_left, but after the equal items: k with a[base+k-1] <= key < a[base+k]."""
    lastofs: i64 = 0
    ofs: i64 = 1
    c = key_lt(kind, key, words(a).items[base + hint])
    if c < 0:
        return -1
    if c == 1:                # gallop left until a[hint-ofs] <= key < a[hint-lastofs]
        maxofs = hint + 1
        while ofs < maxofs:
            c = key_lt(kind, key, words(a).items[base + hint - ofs])
            if c < 0:
                return -1
            if c == 0:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        k = lastofs
        lastofs = hint - ofs
        ofs = hint - k
    else:                     # gallop right until a[hint+lastofs] <= key < a[hint+ofs]
        maxofs = n - hint
        while ofs < maxofs:
            c = key_lt(kind, key, words(a).items[base + hint + ofs])
            if c < 0:
                return -1
            if c == 1:
                break
            lastofs = ofs
            ofs = (ofs << 1) + 1
        if ofs > maxofs:
            ofs = maxofs
        lastofs += hint
        ofs += hint
    lastofs += 1
    while lastofs < ofs:
        m = lastofs + ((ofs - lastofs) >> 1)
        c = key_lt(kind, key, words(a).items[base + m])
        if c < 0:
            return -1
        if c == 1:
            ofs = m
        else:
            lastofs = m + 1
    return ofs


# How a merge loop ended.
MERGING = 0
MERGED = 1
FAILED = 2
COPY_REST = 3                 # one item of the first run (merge_lo) or the second (merge_hi) is left


def merge_lo(ms: Ptr[SortState], sa: i64, na: i64, sb: i64, nb: i64) -> bool:
    """Merge keys[sa:sa+na] with keys[sb:sb+nb] (sb == sa + na, 0 < na <= nb), stably, with the
    first run in the scratch array; keys[sa+na-1] belongs at the end. False after raising."""
    kind = ms.kind
    move(ms, True, 0, False, sa, na)
    dest = sa
    pa: i64 = 0               # in the scratch array
    pb = sb
    move(ms, False, dest, False, pb, 1)
    dest += 1
    pb += 1
    nb -= 1
    state = MERGING
    if nb == 0:
        state = MERGED
    elif na == 1:
        state = COPY_REST
    min_gallop = ms.min_gallop
    while state == MERGING:
        acount: i64 = 0       # times in a row the first run won
        bcount: i64 = 0
        while True:           # one item at a time, until a run wins min_gallop times in a row
            c = key_lt(kind, words(ms.keys).items[pb], words(ms.tmp_keys).items[pa])
            if c < 0:
                state = FAILED
                break
            if c == 1:
                move(ms, False, dest, False, pb, 1)
                dest += 1
                pb += 1
                nb -= 1
                bcount += 1
                acount = 0
                if nb == 0:
                    state = MERGED
                    break
                if bcount >= min_gallop:
                    break
            else:
                move(ms, False, dest, True, pa, 1)
                dest += 1
                pa += 1
                na -= 1
                acount += 1
                bcount = 0
                if na == 1:
                    state = COPY_REST
                    break
                if acount >= min_gallop:
                    break
        if state != MERGING:
            break
        min_gallop += 1
        while True:           # galloping, while one run keeps winning MIN_GALLOP items at a time
            if min_gallop > 1:
                min_gallop -= 1
            ms.min_gallop = min_gallop
            k = gallop_right(kind, words(ms.keys).items[pb], ms.tmp_keys, pa, na, 0)
            if k < 0:
                state = FAILED
                break
            acount = k
            if k > 0:
                move(ms, False, dest, True, pa, k)
                dest += k
                pa += k
                na -= k
                if na == 1:
                    state = COPY_REST
                    break
                if na == 0:   # only with an inconsistent comparison
                    state = MERGED
                    break
            move(ms, False, dest, False, pb, 1)
            dest += 1
            pb += 1
            nb -= 1
            if nb == 0:
                state = MERGED
                break
            k = gallop_left(kind, words(ms.tmp_keys).items[pa], ms.keys, pb, nb, 0)
            if k < 0:
                state = FAILED
                break
            bcount = k
            if k > 0:
                move(ms, False, dest, False, pb, k)
                dest += k
                pb += k
                nb -= k
                if nb == 0:
                    state = MERGED
                    break
            move(ms, False, dest, True, pa, 1)
            dest += 1
            pa += 1
            na -= 1
            if na == 1:
                state = COPY_REST
                break
            if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                break
        if state != MERGING:
            break
        min_gallop += 1       # penalize leaving galloping mode
        ms.min_gallop = min_gallop
    if state == COPY_REST:    # the last item of the first run goes after the rest of the second
        move(ms, False, dest, False, pb, nb)
        move(ms, False, dest + nb, True, pa, 1)
        return True
    if na > 0:
        move(ms, False, dest, True, pa, na)
    return state == MERGED


def merge_hi(ms: Ptr[SortState], sa: i64, na: i64, sb: i64, nb: i64) -> bool:
    """merge_lo from the right, with the second run in the scratch array (na >= nb > 0);
    keys[sb] belongs at the start."""
    kind = ms.kind
    move(ms, True, 0, False, sb, nb)
    dest = sb + nb - 1
    pa = sa + na - 1
    pb = nb - 1               # in the scratch array
    move(ms, False, dest, False, pa, 1)
    dest -= 1
    pa -= 1
    na -= 1
    state = MERGING
    if na == 0:
        state = MERGED
    elif nb == 1:
        state = COPY_REST
    min_gallop = ms.min_gallop
    while state == MERGING:
        acount: i64 = 0
        bcount: i64 = 0
        while True:
            c = key_lt(kind, words(ms.tmp_keys).items[pb], words(ms.keys).items[pa])
            if c < 0:
                state = FAILED
                break
            if c == 1:
                move(ms, False, dest, False, pa, 1)
                dest -= 1
                pa -= 1
                na -= 1
                acount += 1
                bcount = 0
                if na == 0:
                    state = MERGED
                    break
                if acount >= min_gallop:
                    break
            else:
                move(ms, False, dest, True, pb, 1)
                dest -= 1
                pb -= 1
                nb -= 1
                bcount += 1
                acount = 0
                if nb == 1:
                    state = COPY_REST
                    break
                if bcount >= min_gallop:
                    break
        if state != MERGING:
            break
        min_gallop += 1
        while True:
            if min_gallop > 1:
                min_gallop -= 1
            ms.min_gallop = min_gallop
            k = gallop_right(kind, words(ms.tmp_keys).items[pb], ms.keys, sa, na, na - 1)
            if k < 0:
                state = FAILED
                break
            k = na - k
            acount = k
            if k > 0:
                dest -= k
                pa -= k
                move(ms, False, dest + 1, False, pa + 1, k)
                na -= k
                if na == 0:
                    state = MERGED
                    break
            move(ms, False, dest, True, pb, 1)
            dest -= 1
            pb -= 1
            nb -= 1
            if nb == 1:
                state = COPY_REST
                break
            k = gallop_left(kind, words(ms.keys).items[pa], ms.tmp_keys, 0, nb, nb - 1)
            if k < 0:
                state = FAILED
                break
            k = nb - k
            bcount = k
            if k > 0:
                dest -= k
                pb -= k
                move(ms, False, dest + 1, True, pb + 1, k)
                nb -= k
                if nb == 1:
                    state = COPY_REST
                    break
                if nb == 0:   # only with an inconsistent comparison
                    state = MERGED
                    break
            move(ms, False, dest, False, pa, 1)
            dest -= 1
            pa -= 1
            na -= 1
            if na == 0:
                state = MERGED
                break
            if acount < MIN_GALLOP and bcount < MIN_GALLOP:
                break
        if state != MERGING:
            break
        min_gallop += 1
        ms.min_gallop = min_gallop
    if state == COPY_REST:    # the first item of the second run goes before the rest of the first
        move(ms, False, dest + 1 - na, False, pa + 1 - na, na)
        move(ms, False, dest - na, True, pb, 1)
        return True
    if nb > 0:
        move(ms, False, dest - (nb - 1), True, 0, nb)
    return state == MERGED


def merge_at(ms: Ptr[SortState], i: i64) -> bool:
    """Merge the runs i and i + 1 of the stack (i is the second or third from the top)."""
    sa = ms.runs[3 * i]
    na = ms.runs[3 * i + 1]
    sb = ms.runs[3 * i + 3]
    nb = ms.runs[3 * i + 4]
    ms.runs[3 * i + 1] = na + nb
    if i == ms.n - 3:
        ms.runs[3 * i + 3] = ms.runs[3 * i + 6]
        ms.runs[3 * i + 4] = ms.runs[3 * i + 7]
        ms.runs[3 * i + 5] = ms.runs[3 * i + 8]
    ms.n -= 1
    kind = ms.kind
    # Items of the first run before where the second's first goes, and items of the second
    # after where the first's last goes, are in place already.
    k = gallop_right(kind, words(ms.keys).items[sb], ms.keys, sa, na, 0)
    if k < 0:
        return False
    sa += k
    na -= k
    if na == 0:
        return True
    nb = gallop_left(kind, words(ms.keys).items[sa + na - 1], ms.keys, sb, nb, nb - 1)
    if nb <= 0:
        return nb == 0
    if na <= nb:
        return merge_lo(ms, sa, na, sb, nb)
    return merge_hi(ms, sa, na, sb, nb)


def power_of(s1: i64, n1: i64, n2: i64, n: i64) -> i64:
    """The powersort "power" of the run [s1, s1+n1) followed by one of n2 items, in a list of n."""
    result: i64 = 0
    a = 2 * s1 + n1           # twice the first run's midpoint
    b = a + n1 + n2           # twice the second's
    while True:               # the bits of a/n and b/n, until they differ
        result += 1
        if a >= n:
            a -= n
            b -= n
        elif b >= n:
            break
        a = a << 1
        b = b << 1
    return result


def found_new_run(ms: Ptr[SortState], n2: i64) -> bool:
    """Before pushing a run of n2 items: merge the runs on the stack whose power is greater."""
    if ms.n > 0:
        top = ms.n - 1
        power = power_of(ms.runs[3 * top], ms.runs[3 * top + 1], n2, ms.listlen)
        while ms.n > 1 and ms.runs[3 * (ms.n - 2) + 2] > power:
            if not merge_at(ms, ms.n - 2):
                return False
        ms.runs[3 * (ms.n - 1) + 2] = power
    return True


def merge_force_collapse(ms: Ptr[SortState]) -> bool:
    while ms.n > 1:
        i = ms.n - 2
        if i > 0 and ms.runs[3 * (i - 1) + 1] < ms.runs[3 * (i + 1) + 1]:
            i -= 1
        if not merge_at(ms, i):
            return False
    return True


def compute_minrun(n: i64) -> i64:
    """n below 64; else between 32 and 64, so that n / minrun is just under a power of 2."""
    r: i64 = 0
    while n >= 64:
        r = r | (n & 1)
        n = n >> 1
    return n + r


def timsort(ms: Ptr[SortState]) -> bool:
    """Sort ms.keys (and ms.vals with them); False after raising."""
    lo: i64 = 0
    remaining = ms.listlen
    minrun = compute_minrun(remaining)
    while remaining > 0:
        n = count_run(ms, lo, lo + remaining)
        if n < 0:
            return False
        if ms.descending:
            reverse_range(words(ms.keys), lo, lo + n)
            if ms.vals:
                reverse_range(words(ms.vals), lo, lo + n)
        if n < minrun:
            force = min(remaining, minrun)
            if not binary_sort(ms, lo, lo + force, lo + n):
                return False
            n = force
        if not found_new_run(ms, n):
            return False
        ms.runs[3 * ms.n] = lo
        ms.runs[3 * ms.n + 1] = n
        ms.n += 1
        lo += n
        remaining -= n
    return merge_force_collapse(ms)


def list_sort(l: Word, key: Word, descending: bool) -> bool:
    """l.sort(key=key, reverse=descending) (key 0 for none); False after raising."""
    p = as_list(l)
    n = p.size
    saved = p.items           # the list is empty while it sorts
    p.size = 0
    p.items = cast(Word, 0)
    ok = sort_items(saved, n, key, descending)
    p = as_list(l)
    if ok and p.items:
        raise_msg(VALUE_ERROR, "list modified during sort")
        ok = False
    p.items = saved
    p.size = n
    return ok


def sort_items(items: Word, n: i64, key: Word, descending: bool) -> bool:
    """Sort the first n Words of the WordArray items (0 when n is 0); False after raising."""
    if n < 2 and not key:
        return True
    ms = new(SortState, 3 * MAX_PENDING)
    if not ms:
        return False
    ms.keys = items
    ms.listlen = n
    ms.min_gallop = MIN_GALLOP
    if key:
        keys = new(WordArray, max(n, 1))
        if not keys:
            return False
        ms.keys = cast(Word, keys)
        ms.vals = items
        for k in range(n):
            kv = call_one(key, words(ms.vals).items[k])
            if not kv:
                return False
            words(ms.keys).items[k] = kv
    if n < 2:
        return True
    ms.kind = key_kind(words(ms.keys), n)
    tmp_keys = new(WordArray, (n + 1) // 2)
    if not tmp_keys:
        return False
    ms.tmp_keys = cast(Word, tmp_keys)
    if key:
        tmp_vals = new(WordArray, (n + 1) // 2)
        if not tmp_vals:
            return False
        ms.tmp_vals = cast(Word, tmp_vals)
    # Reverse order is a reversal, a stable sort and a reversal again, so that equal items
    # keep their order; the second reversal is done after an error too, as CPython does.
    if descending:
        reverse_range(words(ms.keys), 0, n)
        if key:
            reverse_range(words(ms.vals), 0, n)
    ok = timsort(ms)
    if descending:
        reverse_range(words(items if not key else ms.vals), 0, n)
    return ok


def sort_arguments(args: Ptr[Word], npos: i64, kwnames: Word, fname: Ptr[u8], key_out: Ptr[Word],
                   descending: Ptr[bool]) -> bool:
    """The keyword arguments key= and reverse= of fname; False after raising."""
    reverse = cast(Word, 0)
    for k in range(kw_count(kwnames)):
        kname = kw_name(kwnames, k)
        if name_is(kname, "key"):
            key_out[0] = args[npos + k]
        elif name_is(kname, "reverse"):
            reverse = args[npos + k]
        else:
            raise_bad_keyword(kname, fname)
            return False
    if key_out[0] == none_word():
        key_out[0] = cast(Word, 0)
    descending[0] = False
    if reverse:
        if not is_int(reverse):
            raise_not_integer(reverse)
            return False
        descending[0] = int_compare(reverse, small(0)) != 0
    return True


def list_sort_method(self: Word, args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """l.sort(*, key=None, reverse=False)."""
    npos = n - kw_count(kwnames)
    if npos > 0:
        return raise_text(TYPE_ERROR, "sort() takes no positional arguments", "", "", "", "")
    key = cast(Word, 0)
    descending = False
    if not sort_arguments(args, npos, kwnames, "sort()", addr(key), addr(descending)):
        return cast(Word, 0)
    if not list_sort(self, key, descending):
        return cast(Word, 0)
    return none_word()


def builtin_sorted(args: Ptr[Word], n: i64, kwnames: Word) -> Word:
    """sorted(iterable, /, *, key=None, reverse=False): a new list."""
    npos = n - kw_count(kwnames)
    if npos != 1:
        return raise_arg_count("sorted expected 1 argument, got ", npos, "")
    key = cast(Word, 0)
    descending = False
    if not sort_arguments(args, npos, kwnames, "sort()", addr(key), addr(descending)):
        return cast(Word, 0)
    l = list_from_iterable(args[0])
    if not l:
        return l
    if not list_sort(l, key, descending):
        return cast(Word, 0)
    return l
