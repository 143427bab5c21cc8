# yield from: any iterable, delegation of send, throw and close, the delegate's return value.
def sub(n):
    total = 0
    for i in range(n):
        got = yield i
        if got:
            total += got
    return total


def outer():
    r1 = yield from sub(3)
    print("sub returned", r1)
    r2 = yield from [10, 20]
    print("list gave", r2)
    r3 = yield from "ab"
    return (r1, r3)


print(list(outer()))
g = outer()
print(next(g), g.send(5), g.send(6))
print(type(g.gi_yieldfrom).__name__, g.gi_yieldfrom.__name__)
try:
    while True:
        print(g.send(None))
except StopIteration as e:
    print("returned", e.value)


def catching_sub():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield f"sub caught {e}"
            return "sub done"


def delegating():
    r = yield from catching_sub()
    print("delegate returned", r)
    yield "after"


d = delegating()
print(next(d))
print(d.gi_yieldfrom.__name__)
print(d.throw(ValueError("v")))
print(next(d))
print(d.gi_yieldfrom)


def cleanup_sub():
    try:
        yield 1
        yield 2
    finally:
        print("sub cleanup")


def cleanup_outer():
    try:
        yield from cleanup_sub()
    finally:
        print("outer cleanup")


c = cleanup_outer()
print(next(c))
c.close()
print(c.gi_yieldfrom, c.gi_frame)


def thrower():
    yield from cleanup_sub()


t = thrower()
next(t)
try:
    t.throw(KeyError("k"))
except KeyError as e:
    print("KeyError through yield from", e)


def tree(n):
    if n == 0:
        yield 0
        return
    yield from tree(n - 1)
    yield n
    yield from tree(n - 1)


print(list(tree(3)))


def bad():
    yield from 5


try:
    next(bad())
except TypeError as e:
    print("TypeError:", e)
