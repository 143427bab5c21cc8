# Async comprehensions: async for in list, set and dict comprehensions and generator expressions,
# await inside comprehensions in an async function, nested ones.
class Tick:
    def __await__(self):
        yield "tick"


async def agen(n):
    for i in range(n):
        await Tick()
        yield i


async def double(x):
    await Tick()
    return 2 * x


async def main():
    a = [x async for x in agen(4)]
    b = {x % 2 async for x in agen(5)}
    c = {x: await double(x) async for x in agen(3) if x != 1}
    d = [await double(x) for x in range(3)]
    e = [(x, y) async for x in agen(2) for y in range(2)]
    f = [[y async for y in agen(x)] for x in range(3)]
    g = (x * 10 async for x in agen(3))
    print(type(g).__name__)
    h = [v async for v in g]
    i = [await double(v) async for v in agen(2) if await double(v) >= 0]
    return a, b, c, d, e, f, h, i


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


print(run(main()))


async def generator_expression_only():
    gen = (await double(x) for x in range(3))
    return [v async for v in gen]


print(run(generator_expression_only()))
