# Unbounded recursion through generators and yield from is a RecursionError, caught; the
# generators on the way are finished, and deep but bounded chains work.
def forever(n):
    yield from forever(n + 1)


try:
    next(forever(0))
except RecursionError as e:
    print("RecursionError:", e)


def nested(n):
    for x in nested(n + 1):
        yield x


try:
    list(nested(0))
except RecursionError as e:
    print("RecursionError:", e)


def chain(depth):
    if depth == 0:
        yield "bottom"
        return 0
    r = yield from chain(depth - 1)
    return r + 1


g = chain(300)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("returned", e.value)
