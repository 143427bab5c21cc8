# expect-exit: 1
# expect-stderr: ValueError: bad item 2
# An error raised inside an async generator, three frames deep: the driver, the async for in a
# coroutine, the async generator's body and the function it calls.
def check(n):
    if n == 2:
        raise ValueError(f"bad item {n}")
    return n


async def items():
    for n in range(4):
        yield check(n)


async def consume():
    total = 0
    async for n in items():
        total += n
    return total


consume().send(None)
