# Generator functions: yield, next, for, list, sum, return values, exhaustion.
def count(n):
    i = 0
    while i < n:
        yield i
        i += 1


def with_return(a, b=10):
    yield a
    yield b
    return a + b


print(list(count(5)))
print(sum(count(100)))
for x in count(3):
    print("item", x)
g = with_return(1)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", e.value, e.args)
try:
    next(g)
except StopIteration as e:
    print("again", e.value, e.args)
print(next(g, "default"))
print(list(with_return(3, b=4)))
print(max(count(7)), min(count(7)), sorted(count(4), key=lambda v: -v))
print(tuple(count(3)), set(count(3)), dict(zip(count(2), "ab")))
it = count(2)
print(iter(it) is it, it.__iter__() is it)
print(it.__next__(), next(it))
try:
    it.__next__()
except StopIteration as e:
    print("__next__ stop", e.args)
a, b, c = count(3)
print(a, b, c)
print([x * 2 for x in count(4)])
print(any(x > 2 for x in count(4)), all(x < 2 for x in count(4)))
print(list(zip(count(3), count(10))), list(enumerate(count(2))))
lam = lambda: (yield 5)
print(list(lam()))
