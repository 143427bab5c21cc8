# Many instances of builtin subclasses, their values and attributes moved by the collector.
class Row(list):
    def __init__(self, k):
        super().__init__(range(k % 7))
        self.k = k
        self.tag = "row%d" % k


class Key(str):
    pass


class Score(float):
    pass


class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))


rows = []
index = {}
for k in range(3000):
    r = Row(k)
    r.append(Score(k / 2))
    rows.append(r)
    index[Key("k%d" % k)] = Pair(k, r)
    if k % 500 == 0:
        junk = [Row(j) for j in range(50)]
total = 0
for r in rows:
    total += len(r) + r.k + int(r[-1])
print(total, len(index), index["k2999"][0], index[Key("k7")][1].tag, type(index["k7"]).__name__)
print(sum(len(p[1]) for p in index.values()), rows[10], rows[10].tag, type(rows[10][-1]).__name__)
words = [Key(w) for w in "the quick brown fox jumps over the lazy dog".split()] * 200
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print(sorted(counts.items())[:3], len(counts), sum(counts.values()))
