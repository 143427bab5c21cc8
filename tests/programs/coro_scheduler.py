# A tiny round-robin scheduler: coroutines that await a yielding awaitable take turns.
class Yield:
    def __await__(self):
        yield


async def worker(name, n, log):
    for i in range(n):
        log.append(f"{name}{i}")
        await Yield()
    return name * n


async def nested(name, log):
    a = await worker(name + "a", 2, log)
    b = await worker(name + "b", 1, log)
    return a + b


def schedule(coros):
    ready = list(coros)
    results = {}
    while ready:
        coro = ready.pop(0)
        try:
            coro.send(None)
        except StopIteration as e:
            results[coro.__name__ + str(len(results))] = e.value
        else:
            ready.append(coro)
    return results


log = []
print(schedule([worker("x", 3, log), worker("y", 1, log), nested("z", log), worker("w", 2, log)]))
print(log)


class Sleep:
    def __init__(self, ticks):
        self.ticks = ticks

    def __await__(self):
        for _ in range(self.ticks):
            yield self.ticks
        return self.ticks


async def sleeper(k, log):
    total = 0
    for _ in range(3):
        total += await Sleep(k)
        log.append(k)
    return total


log = []
coros = [sleeper(k, log) for k in (3, 1, 2)]
print(schedule(coros), log)
