# async with: __aenter__'s result awaited and bound, __aexit__ awaited with the exception leaving
# the body (or three Nones), a true result suppressing it; return, break and several items.
class Tick:
    def __await__(self):
        yield "tick"


class Manager:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    async def __aenter__(self):
        await Tick()
        print("enter", self.name)
        return self.name.upper()

    async def __aexit__(self, typ, value, tb):
        await Tick()
        print("exit", self.name, typ.__name__ if typ else None, value, tb is not None)
        return self.suppress


class SyncExit:
    """__aenter__ and __aexit__ that return awaitables without being coroutines."""
    def __aenter__(self):
        return Done("sync-enter")

    def __aexit__(self, *args):
        print("sync exit", args[0])
        return Done(False)


class Done:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        return self.v
        yield


async def main():
    async with Manager("a") as a:
        print("body", a)
    async with Manager("b", suppress=True) as b:
        raise KeyError(b)
    print("suppressed")
    try:
        async with Manager("c"):
            raise ValueError("c body")
    except ValueError as e:
        print("propagated", e)
    async with Manager("d") as d, Manager("e") as e:
        print("both", d, e)
    for i in range(3):
        async with Manager("loop" + str(i)):
            if i == 1:
                break
    async with SyncExit() as s:
        print("got", s)
    async with Manager("r"):
        return "returned"


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


print(run(main()))
