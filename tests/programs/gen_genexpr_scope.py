# Generator expressions: the first iterable is evaluated at once in the enclosing scope, the rest
# (and the conditions) lazily in the genexpr's own scope.
def source(name, n):
    print("evaluating", name)
    return range(n)


g = (x * y for x in source("outer", 3) for y in source("inner", 2) if x != y)
print("made")
print(list(g))
print(list(g))

try:
    (v for v in 5)
except TypeError as e:
    print("TypeError:", e)

lazy = (v for v in [1] for w in 5)
try:
    next(lazy)
except TypeError as e:
    print("lazy TypeError:", e)


class C:
    items = [1, 2, 3]
    factor = 10
    doubled = list(i * 2 for i in items)
    try:
        scaled = list(i * factor for i in items)
    except NameError as e:
        print("NameError:", e)


print(C.doubled)


def closure(n):
    gen = (i + n for i in range(3))
    n = 100
    return gen


print(list(closure(1)))
ge = (i for i in [])
print(type(ge).__name__, ge.__name__, ge.__qualname__)


def f():
    return (i for i in "ab")


print(f().__qualname__, list(f()), sum(i for i in range(10) if i % 2))
print(list(x for x in range(3)) == [x for x in range(3)])
nums = [3, 1, 2]
print(sorted(n * n for n in nums), max(n for n in nums), tuple(str(n) for n in nums))
