# Seeded differential test of list.sort and sorted(): random lists of ints (small and big), floats,
# strs and tuples, with duplicates, sorted and reversed runs, keys and reverse=; stability checked
# with (key, index) pairs. Each case prints a checksum, so any difference from CPython shows.

state = [0]


def rand(n):
    """A number in [0, n): a 64-bit LCG, the same in every Python."""
    state[0] = (state[0] * 6364136223846793005 + 1442695040888963407) % 2 ** 64
    return (state[0] >> 33) % n


def value(kind, spread):
    if kind == 0:
        return rand(spread) - spread // 2
    if kind == 1:
        return (rand(spread) - spread // 2) * 2 ** 70 + rand(3)
    if kind == 2:
        return (rand(spread) - spread // 2) / 4
    if kind == 3:
        s = ""
        for _ in range(rand(4)):
            s += chr(97 + rand(3))
        return s
    if kind == 4:
        return (rand(spread), "xyz"[rand(3)])
    if kind == 5:
        return [rand(3), rand(spread)]
    return rand(spread) if rand(2) else rand(spread) + 0.5


def make_list(n):
    kind = rand(7)
    spread = 1 + rand(n + 2) if rand(2) else 1 << 30
    items = [value(kind, spread) for _ in range(n)]
    shape = rand(6)
    if shape == 1:
        items.sort()
    elif shape == 2:
        items.sort(reverse=True)
    elif shape == 3 and n > 0:                 # a sorted list with a few changes
        items.sort()
        for _ in range(1 + n // 50):
            items[rand(n)] = value(kind, spread)
    elif shape == 4:                            # runs up and down
        k = 0
        while k < n:
            m = 1 + rand(40)
            part = sorted(items[k:k + m], reverse=rand(2) == 1)
            items[k:k + m] = part
            k += m
    return items


def checksum(items):
    h = 0
    for c in repr(items):
        h = (h * 1000003 + ord(c)) % 2 ** 61
    return h


def check(seed):
    state[0] = seed
    for case in range(30):
        n = rand(8) if case % 3 == 0 else rand(300)
        items = make_list(n)
        way = rand(4)
        if way == 0:
            out = sorted(items)
        elif way == 1:
            out = sorted(items, reverse=True)
        elif way == 2:
            out = list(items)
            out.sort(key=repr)
        else:
            out = list(items)
            out.sort(key=repr, reverse=True)
        # Stability: sort (key, index) pairs by their key only.
        pairs = [(repr(x)[:2], i) for i, x in enumerate(items)]
        stable = sorted(pairs, key=lambda p: p[0], reverse=rand(2) == 1)
        print(seed, case, n, way, checksum(out), checksum(stable), out[:3], out[-2:])


for seed in (1, 20240611):
    check(seed)
