# Return values through yield from chains: each level adds to what the level below returned;
# return inside try/finally, a StopIteration value from an iterator class, a subgenerator that
# returns at once, and the value of yield from over a plain iterable (None).
def leaf(n):
    yield n
    return n * 10


def level(depth, n):
    if depth == 0:
        return (yield from leaf(n))
    below = yield from level(depth - 1, n + 1)
    return below + depth


g = level(3, 1)
print(list(g))
g = level(3, 1)
for _ in g:
    pass
try:
    next(g)
except StopIteration as e:
    print("exhausted again:", e.value)


def collect():
    values = []
    for depth in range(4):
        values.append((yield from level(depth, depth)))
    return values


c = collect()
seen = list(c)
print(seen)
c = collect()
while True:
    try:
        next(c)
    except StopIteration as e:
        print("collect returned", e.value)
        break


def guarded():
    try:
        yield "guarded"
        return "from try"
    finally:
        print("finally of guarded")


def instant():
    return "instant"
    yield


class Returns:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("class value")
        return self.n


def uses_all():
    a = yield from guarded()
    b = yield from instant()
    c = yield from Returns()
    d = yield from [7, 8]
    return a, b, c, d


u = uses_all()
print(list(u))
u = uses_all()
try:
    while True:
        next(u)
except StopIteration as e:
    print(e.value)
