# for over lists and tuples, as compiled code runs it inline: a list that grows, shrinks or is
# emptied while a loop walks it, an iterator shared between a loop and next(), an exhausted
# iterator walked again, and iterators of other kinds at the same loop.


def walk(seq):
    out = []
    for x in seq:
        out.append(x)
    return out


def growing(n):
    items = [0]
    for x in items:
        if x < n:
            items.append(x + 1)
    return len(items), items[-1]


def shrinking():
    items = list(range(10))
    seen = []
    for x in items:
        seen.append(x)
        if items:
            items.pop()
    return seen, items


def emptied():
    items = list(range(10))
    seen = []
    for x in items:
        seen.append(x)
        if x == 3:
            items.clear()
    return seen


def replaced():
    items = list(range(6))
    seen = []
    for x in items:
        seen.append(x)
        if x == 2:
            items[:] = ["a", "b", "c", "d", "e"]
    return seen


def shared():
    it = iter([1, 2, 3, 4, 5, 6, 7])
    pairs = []
    for x in it:
        pairs.append((x, next(it, None)))
    return pairs, list(it)


def again():
    it = iter((1, 2, 3))
    first = [x for x in it]
    second = []
    for x in it:
        second.append(x)
    return first, second


def nested(t):
    total = 0
    for a in t:
        for b in t:
            total += a * b
    return total


def mixed(seqs):
    out = []
    for s in seqs:
        for x in s:
            out.append(x)
    return out


for round in range(1200):          # long enough for the loops to run compiled
    results = (walk([1, 2, 3]), walk((4, 5)), walk([]), walk(()), growing(20), shrinking(), emptied(),
               replaced(), shared(), again(), nested((1, 2, 3, 4)),
               mixed([[1, 2], (3,), "ab", range(2), {5: 6}, {7}, iter([8, 9])]))
    if round in (0, 1199):
        for r in results:
            print(r)
