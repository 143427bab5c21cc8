# Truth, len, hash, containment and iteration protocols: __bool__ must give a bool, __len__ an index
# (__index__ counts), __hash__ = None and __eq__ without __hash__ are unhashable, `in` falls back to
# __iter__ then __getitem__, and iteration to the old __getitem__ protocol.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (3, 0, True, I(2), I(0), -1, I(-5), "3", 2.0, 2 ** 80, None):
    try:
        print(len(Sized(n)), bool(Sized(n)), "yes" if Sized(n) else "no")
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Truth:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


for v in (True, False, 1, None, "x"):
    try:
        print(bool(Truth(v)), not Truth(v), type(Truth(v) and "and").__name__, type(Truth(v) or "or").__name__)
    except TypeError as e:
        print("TypeError:", e)
try:
    while Truth(0):
        pass
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    __hash__ = None


class EqOnly:
    def __eq__(self, other):
        return True


class HashAgain(EqOnly):
    def __hash__(self):
        return 5


for make in (NoHash, EqOnly, HashAgain):
    for use in (hash, lambda o: {o}, lambda o: {o: 1}, lambda o: frozenset([o]), lambda o: o in {1: 2}):
        try:
            r = use(make())
            print(make.__name__, type(r).__name__, r if isinstance(r, (int, bool)) else len(r))
        except TypeError as e:
            print(make.__name__, "TypeError:", e)
print(NoHash.__hash__, EqOnly.__hash__, HashAgain.__hash__ is not None)


class Iterable:
    def __iter__(self):
        print("iter")
        return iter([1, 2, 3])


class Indexed:
    def __getitem__(self, k):
        if k > 3:
            raise IndexError
        return k * 2


class Contains:
    def __contains__(self, x):
        return x  # truthiness of any value


print(2 in Iterable(), 7 not in Iterable(), 4 in Indexed(), 5 in Indexed(), list(Indexed()))
print(1 in Contains(), 0 in Contains(), "" in Contains(), [1] in Contains())
print([x for x in Indexed()], sorted(Indexed(), reverse=True), max(Iterable()), tuple(Indexed()))


class BadIter:
    def __iter__(self):
        return 5


class NoIter(Indexed):
    __iter__ = None


class Plain:
    pass


for thing in (BadIter(), NoIter(), Plain()):
    for use in (iter, list, lambda o: 1 in o):
        try:
            print(use(thing))
        except TypeError as e:
            print("TypeError:", e)
