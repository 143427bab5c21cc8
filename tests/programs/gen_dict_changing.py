# Generators over dicts and sets that change size while the generator is suspended: CPython's
# RuntimeError at the next step, raised inside the generator; changing values is fine.
def keys_of(d):
    for k in d:
        yield k


d = {"a": 1, "b": 2, "c": 3}
g = keys_of(d)
print(next(g))
d["d"] = 4
try:
    next(g)
except RuntimeError as e:
    print("RuntimeError:", e)
print(list(g))
d2 = {1: "x", 2: "y"}
g2 = (k for k in d2)
next(g2)
d2[1] = "changed"
print(list(g2), d2)
s = {1, 2, 3}
g3 = (x for x in s)
next(g3)
s.add(99)
try:
    list(g3)
except RuntimeError as e:
    print("RuntimeError:", e)
d3 = {i: i for i in range(5)}
g4 = (k for k in d3.items())
next(g4)
del d3[4]
try:
    next(g4)
except RuntimeError as e:
    print("RuntimeError:", e)


def mutate_while_iterating(d):
    for k, v in d.items():
        yield k
        if v == 1:
            d[k + "!"] = 0


try:
    print(list(mutate_while_iterating({"a": 1, "b": 2})))
except RuntimeError as e:
    print("RuntimeError:", e)
snap = {"a": 1, "b": 2}
print(list(k for k in list(snap) if snap.pop(k)), snap)
