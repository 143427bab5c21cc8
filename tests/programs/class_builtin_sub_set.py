# set and frozenset subclasses.
class Tags(set):
    def add_all(self, *items):
        for x in items:
            self.add(x)
        return self


t = Tags(["a"])
t.add_all("b", "c")
t.owner = "me"
print(sorted(t), len(t), "a" in t, "z" in t, t.owner, type(t).__name__, isinstance(t, set))
print(sorted(t | {"d"}), sorted(t & {"a", "q"}), sorted(t - {"a"}), sorted(t ^ {"a", "x"}), type(t | {"d"}).__name__)
print(t == {"a", "b", "c"}, {"a", "b", "c"} == t, t <= {"a", "b", "c", "d"}, t.issubset("abcd"), sorted({"a"} | t))
t |= {"e"}
t.discard("a")
print(sorted(t), type(t).__name__, t.owner)
try:
    hash(t)
except TypeError as e:
    print("TypeError:", e)
print(sorted(Tags("hello")), Tags(), repr(Tags([1])), bool(Tags()))


class Frozen(frozenset):
    def describe(self):
        return ",".join(sorted(self))


f = Frozen("cab")
print(f.describe(), len(f), "a" in f, hash(f) == hash(frozenset("abc")), {f: 1}[frozenset("abc")], type(f).__name__)
print(repr(Frozen([1])), sorted(f | {"d"}), type(f | {"d"}).__name__, f == frozenset("abc"), Frozen() == frozenset())


class Set2(set):
    def __init__(self, items=(), extra=None):
        super().__init__(items)
        if extra is not None:
            self.add(extra)


print(sorted(Set2([1, 2], extra=3)), sorted(Set2()))
