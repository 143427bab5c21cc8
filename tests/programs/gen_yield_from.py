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


class Countdown:
    def __init__(self, n):
        self.n = n

    def __iter__(self):
        return self

    def __next__(self):
        if self.n == 0:
            raise StopIteration("liftoff")
        self.n -= 1
        return self.n

    def send(self, value):
        print("Countdown got", value)
        return self.__next__()

    def throw(self, exc):
        print("Countdown throw", repr(exc))
        raise StopIteration("thrown away")


def launcher():
    result = yield from Countdown(2)
    print("result", result)
    result = yield from Countdown(3)
    print("result", result)


l = launcher()
print(next(l), l.send("hello"), next(l))
print(next(l))
print(l.throw(ValueError("x")) if False else l.send(None))
try:
    l.throw(ValueError("abort"))
except StopIteration as e:
    print("finished", e.args)
