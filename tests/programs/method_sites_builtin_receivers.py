# One method call site that sees receivers of several builtin types, of user classes, and of types
# without the method: each receiver's own method runs (a site's cache keeps each builtin type's
# method apart), and a missing one is CPython's AttributeError.


class Bag:
    def __init__(self):
        self.items = []

    def pop(self, *args):
        return ("Bag.pop", args)

    def count(self, x):
        return -1


def pop_all(things):
    out = []
    for t in things:
        out.append(t.pop())
    return out


def counts(things, x):
    return [t.count(x) for t in things]


def call(obj, name_index):
    if name_index == 0:
        return obj.upper()
    return obj.get(1, "none")


for round in range(1500):
    popped = pop_all([[1, 2, 3], {9}, Bag(), bytearray(b"xy"), [4]])
    c = counts([[1, 1, 2], (1, 2, 1, 1), Bag(), [1], range(3), b"\x01\x02\x01"], 1)
    s = counts(["a1b1", "111", "x"], "1")
    g = [call("abc", 0), call({1: "one"}, 1), call({}, 1), call(b"xyz", 0)]
    if round in (0, 1499):
        print(popped, c, s, g)

for bad in (5, 2.5, None, (1, 2)):
    try:
        bad.pop()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    counts([[1], "abc"], 1)
except TypeError as e:
    print("TypeError:", e)
d = {"a": 1}
try:
    print(d.pop("zz"))
except KeyError as e:
    print("KeyError:", e)
print(d.pop("a"), d)
