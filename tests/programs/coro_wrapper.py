# A coroutine's __await__ returns an iterator over it (coroutine_wrapper) with next, send, throw
# and close; an awaitable may delegate to a coroutine through it.
class Tick:
    def __await__(self):
        got = yield "tick"
        return got


async def work(tag):
    a = await Tick()
    b = await Tick()
    return tag, a, b


w = work("x").__await__()
print(type(w).__name__, iter(w) is w)
print(next(w), w.send(1))
try:
    w.send(2)
except StopIteration as e:
    print("returned", e.value)
try:
    next(w)
except RuntimeError as e:
    print("RuntimeError:", e)


class Delegating:
    def __init__(self, coro):
        self.coro = coro

    def __await__(self):
        return self.coro.__await__()


async def outer():
    return await Delegating(work("d"))


c = outer()
print(c.send(None), c.send("p"))
try:
    c.send("q")
except StopIteration as e:
    print("returned", e.value)

w = work("t").__await__()
next(w)
try:
    w.throw(KeyError("thrown"))
except KeyError as e:
    print("KeyError:", e)
w = work("c").__await__()
next(w)
print(w.close())


async def plain():
    return 7


class GenAwait:
    def __await__(self):
        return (yield from plain().__await__())


async def via_generator():
    return await GenAwait()


try:
    via_generator().send(None)
except StopIteration as e:
    print("returned", e.value)
