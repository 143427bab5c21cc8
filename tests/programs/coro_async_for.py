# async for over a class with __aiter__ and __anext__: StopAsyncIteration ends it, the else clause
# runs unless break leaves; continue, nested loops, awaits in __anext__.
class Tick:
    def __await__(self):
        yield "tick"


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __aiter__(self):
        print("aiter")
        return self

    async def __anext__(self):
        await Tick()
        if self.i >= self.n:
            raise StopAsyncIteration
        self.i += 1
        return self.i


class Plain:
    """__anext__ returns an awaitable that is not a coroutine."""
    def __init__(self, items):
        self.items = list(items)

    def __aiter__(self):
        return self

    def __anext__(self):
        return Value(self.items.pop(0) if self.items else None)


class Value:
    def __init__(self, v):
        self.v = v

    def __await__(self):
        if self.v is None:
            raise StopAsyncIteration
        return self.v
        yield


async def main():
    out = []
    async for i in Counter(3):
        out.append(i)
    else:
        out.append("else")
    async for i in Counter(5):
        if i == 2:
            continue
        if i == 4:
            break
        out.append(i)
    else:
        out.append("not reached")
    async for x in Plain("ab"):
        async for y in Counter(2):
            out.append(x + str(y))
    return out


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


print(run(main()))


async def exception_in_body():
    try:
        async for i in Counter(3):
            if i == 2:
                raise KeyError(i)
    except KeyError as e:
        return "caught " + repr(e)


print(run(exception_in_body()))
