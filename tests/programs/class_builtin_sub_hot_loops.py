# Hot loops over builtin subclasses: compiled code must not take the exact-type fast paths for them.
class Doubling(list):
    def __getitem__(self, i):
        return list.__getitem__(self, i) * 2

    def __setitem__(self, i, v):
        list.__setitem__(self, i, v + 1000)

    def __len__(self):
        return list.__len__(self) - 1


class Plain(list):
    pass


class Default(dict):
    def __missing__(self, k):
        return -1


class Big(int):
    def __add__(self, other):
        return Big(int(self) + int(other) + 1)


def run(seq, n):
    total = 0
    for k in range(n):
        total += seq[k % 3] + len(seq)
    return total


def store(seq, n):
    for k in range(n):
        seq[k % 3] = k
    return list(seq)


def lookups(d, n):
    total = 0
    for k in range(n):
        total += d[k % 5]
    return total


def adds(x, n):
    for k in range(n):
        x = x + 1
    return x, type(x).__name__


def iterate(seq):
    out = 0
    for x in seq:
        out += x
    return out


for n in (5, 200, 3000):
    print(run([1, 2, 3], n), run(Plain([1, 2, 3]), n), run(Doubling([1, 2, 3]), n), run((1, 2, 3), n))
    print(store([0, 0, 0], n), store(Plain([0, 0, 0]), n), store(Doubling([0, 0, 0]), n))
    print(lookups({0: 1, 1: 2}, n) if False else "", lookups(Default({0: 1, 1: 2}), n), adds(0, n), adds(Big(0), n))
    print(iterate([1, 2]), iterate(Plain([1, 2])), iterate(Doubling([1, 2])), sum(Doubling([5, 6])))


class Key(str):
    pass


class Case(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k.lower())


def keyed(d, keys, n):
    total = 0
    for k in range(n):
        total += d[keys[k % len(keys)]]
    return total


plain = {"a": 1, "b": 2}
for n in (3, 500, 5000):
    print(keyed(plain, [Key("a"), Key("b")], n), keyed(plain, ["a", Key("b")], n), keyed(Case(a=1, b=2), ["A", "b"], n),
          keyed(Case(a=1, b=2), [Key("B")], n), keyed({Key("a"): 5}, ["a"], n))
