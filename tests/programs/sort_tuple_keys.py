# Sorting tuples whose first items are all small ints, floats or strs compares those directly and
# the tuples as tuples only where the first items are equal: the same order, stability and calls
calls = []


class K:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        calls.append(("eq", self.v, other.v))
        return self.v == other.v

    def __lt__(self, other):
        calls.append(("lt", self.v, other.v))
        return self.v < other.v

    def __repr__(self):
        return f"K({self.v})"


words = ["pear", "fig", "apple", "fig", "kiwi", "apple", "date"]
pairs = [(w, i % 3) for i, w in enumerate(words)]
print(sorted(pairs), sorted(pairs, reverse=True))
print(sorted((len(w), w) for w in words), sorted([(i % 4, -i) for i in range(20)]))
print(sorted([(2.5, "a"), (1.0, "b"), (2.5, "A"), (-0.0, "z"), (0.0, "y"), (float("inf"), 1)]))
nan = float("nan")
print(sorted([(nan, 1), (1.0, 2), (nan, 0), (0.5, 3)]), sorted([(nan, 2), (nan, 1)]))
print(sorted([(3,), (1, 2), (1,), (1, 1, 1), (0, 9)]), sorted([(1, 2), ((0,), 1)] * 0 + [(5, "x"), (5, "x")]))
records = [(i % 3, K(i % 5)) for i in range(12)]
print(sorted(records))
print(len(calls), calls[:8])
calls.clear()
print(sorted([("b", K(2)), ("a", K(1)), ("b", K(1)), ("a", K(3))]), calls)
print(sorted([(1, "x"), (1.5, "y"), (True, "z"), (0, "w")]), sorted([("s", 1), (1, "s")][:1] * 3))
try:
    sorted([(1, "a"), (1, 2)])
except TypeError as e:
    print("TypeError:", e)
try:
    sorted([("a", 1), (1, "a")])
except TypeError as e:
    print("TypeError:", e)
big = [((i * 7919) % 1000, str(i)) for i in range(5000)]
s = sorted(big)
print(s[:3], s[-3:], s == sorted(big, key=lambda t: (t[0], t[1])))
print(sorted([(2 ** 70, 1), (1, 2), (-2 ** 70, 3)]), sorted([((1, 2), 1), ((1, 1), 2)]))
