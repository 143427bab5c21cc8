# await's TypeErrors and RuntimeErrors, as CPython 3.11 words them.
class ReturnsInt:
    def __await__(self):
        return 1


class ReturnsList:
    def __await__(self):
        return [1, 2]


class NoAwait:
    pass


async def plain():
    return 1


class ReturnsCoroutine:
    def __init__(self):
        self.c = plain()

    def __await__(self):
        return self.c


async def waits(x):
    return await x


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


for value in [1, "text", None, NoAwait(), ReturnsInt(), ReturnsList(), (i for i in range(2))]:
    try:
        run(waits(value))
    except TypeError as e:
        print("TypeError:", e)
r = ReturnsCoroutine()
try:
    run(waits(r))
except TypeError as e:
    print("TypeError:", e)
r.c.close()

done = plain()
print(run(waits(done)))
try:
    run(waits(done))
except RuntimeError as e:
    print("RuntimeError:", e)


class Suspend:
    def __await__(self):
        yield "x"


async def sleeper():
    await Suspend()


s = sleeper()
s.send(None)
w = waits(s)
try:
    w.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
s.close()


class NotIter:
    def __await__(self):
        return NotIter()

    def __iter__(self):
        return self


try:
    run(waits(NotIter()))
except TypeError as e:
    print("TypeError:", e)


class AwaitRaises:
    def __await__(self):
        raise KeyError("from __await__")


try:
    run(waits(AwaitRaises()))
except KeyError as e:
    print("KeyError:", e)
