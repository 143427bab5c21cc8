# groupby and tee written in Python: groups sharing one underlying iterator, and tee's copies
# kept in lists, consumed at different speeds.
class groupby:
    def __init__(self, iterable, key=None):
        self.keyfunc = key if key is not None else (lambda x: x)
        self.it = iter(iterable)
        self.tgtkey = self.currkey = self.currvalue = object()

    def __iter__(self):
        return self

    def __next__(self):
        self.id = object()
        while self.currkey == self.tgtkey:
            self.currvalue = next(self.it)
            self.currkey = self.keyfunc(self.currvalue)
        self.tgtkey = self.currkey
        return self.currkey, self._grouper(self.tgtkey, self.id)

    def _grouper(self, tgtkey, id):
        while self.id is id and self.currkey == tgtkey:
            yield self.currvalue
            try:
                self.currvalue = next(self.it)
            except StopIteration:
                return
            self.currkey = self.keyfunc(self.currvalue)


def groupby_gen(iterable, key=lambda x: x):
    it = iter(iterable)
    try:
        current = next(it)
    except StopIteration:
        return
    group = [current]
    for item in it:
        if key(item) == key(current):
            group.append(item)
        else:
            yield key(current), group
            group = [item]
        current = item
    yield key(current), group


def tee(iterable, n=2):
    it = iter(iterable)
    buffers = [[] for _ in range(n)]

    def gen(mybuf):
        while True:
            if not mybuf:
                try:
                    value = next(it)
                except StopIteration:
                    return
                for buf in buffers:
                    buf.append(value)
            yield mybuf.pop(0)

    return tuple(gen(buf) for buf in buffers)


print([(k, list(g)) for k, g in groupby("AAAABBBCCDAABBB")])
print([k for k, g in groupby("AAAABBBCCD")])
print([(k, list(g)) for k, g in groupby([1, 3, 5, 2, 4, 7], key=lambda x: x % 2)])
keys_only = groupby("aabbc")
k1, g1 = next(keys_only)
k2, g2 = next(keys_only)
print(k1, list(g1), k2, list(g2))
print(list(groupby_gen("mississippi")), list(groupby_gen([])))
words = ["apple", "avocado", "banana", "blueberry", "cherry"]
print(list(groupby_gen(words, key=lambda w: w[0])))
a, b = tee(x * x for x in range(6))
print(next(a), next(a), next(a), next(b))
print(list(b), list(a))
x, y, z = tee("abc", 3)
print(list(zip(x, y, z)))
