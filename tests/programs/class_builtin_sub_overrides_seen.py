# Overridden dunders of builtin subclasses are what the builtins call.
class Weird(list):
    def __len__(self):
        return 42

    def __getitem__(self, i):
        return ("item", i)

    def __contains__(self, x):
        return x == "magic"

    def __iter__(self):
        return iter(["it"])

    def __eq__(self, other):
        return "eq-called"

    __hash__ = list.__hash__

    def __repr__(self):
        return "Weird!"

    def __bool__(self):
        return False


w = Weird([1, 2, 3])
print(len(w), w[0], w[5], "magic" in w, 1 in w, list(w), sorted(w), w == [1], repr(w), str(w), [w], bool(w))
print(list.__len__(w), list.__getitem__(w, 0), list.__contains__(w, 1), list(list.__iter__(w)), list.__repr__(w))
print(not w, "yes" if w else "no", w != [1])
for x in w:
    print("iterated", x)


class Hashy(str):
    def __hash__(self):
        return 7

    def __eq__(self, other):
        return str.__eq__(self.lower(), other.lower() if isinstance(other, str) else other)


h = Hashy("AbC")
print(hash(h), h == "abc", h == "ABC", h != "abd", {h: 1}.get(Hashy("abc")), h in {Hashy("ABC")}, sorted([h, "b"]))


class Sized(dict):
    def __len__(self):
        return 99

    def __iter__(self):
        yield "only"


s = Sized(a=1, b=2)
print(len(s), list(s), bool(s), dict.__len__(s), list(s.keys()), s)


class Adder(int):
    def __add__(self, other):
        return "added"

    def __radd__(self, other):
        return "radded"


a = Adder(1)
print(a + 1, 1 + a, a - 1, 5 - a, a * 3, a + a, sum([1, 2], a) if False else "", int.__add__(a, 1))


class RevList(list):
    def __reversed__(self):
        return iter(["rev"])


print(list(reversed(RevList([1, 2]))), list(reversed(Weird([1]))) if False else "")
