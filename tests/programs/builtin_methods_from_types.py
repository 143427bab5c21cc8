# Methods taken from a builtin type (str.lower, list.append, dict.get, int.bit_length): called with
# the instance first, passed as key functions and to map, stored in a class (they bind as methods),
# their repr, and CPython's errors when the first argument is missing or of another type.
print(list(map(str.strip, [" a ", "b "])))
f = list.append
items = []
f(items, 3)
print(items, dict.get({1: 2}, 1), str.join(",", "ab"), int.bit_length(255), bool.bit_length(True))
print(str.lower, list.append, int.bit_length, str.lower is str.lower, str.lower == str.lower)
print(sorted(["b", "A", "c"], key=str.lower), list(map(str.upper, "ab")), set.union({1}, {2}))
print(hash(str.lower) == hash(str.lower), str.maketrans("a", "b") == {97: 98})
for bad in (lambda: str.lower(5), lambda: str.lower(), lambda: dict.get(1, 2), lambda: list.append([]),
            lambda: str.lower(x=1), lambda: frozenset.union({1}), lambda: int.bit_length(1.5)):
    try:
        bad()
    except TypeError as e:
        print(e)


class A:
    up = str.upper

    def __str__(self):
        return "an A"


print(A.up("x"))
try:
    A().up()
except TypeError as e:
    print(e)
words = "the Quick brown fox".split()
for _ in range(300):                # hot: the calls are compiled
    out = sorted(words, key=str.casefold)
print(out, max(words, key=len), list(map(str.title, words)))


class B:
    add = [].append             # a bound builtin method is no descriptor: it stays bound to its list
    trans = str.maketrans       # nor is a static method


b = B()
b.add(1)
print(B.add.__self__ if False else "ok", b.trans("a", "b") == {97: 98})
print(object.__init__, object.__setattr__)
for bad in (lambda: object.__init__(), lambda: object.__setattr__(1, "x", 2)):
    try:
        bad()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
