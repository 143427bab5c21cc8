# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# A traceback raised three coroutines deep shows every coroutine frame at its await.
async def divide(n):
    return 10 / n


async def middle(n):
    value = await divide(n)
    return value


async def outer():
    total = 0
    for n in (5, 2, 0):
        total += await middle(n)
    return total


def run(coro):
    while True:
        coro.send(None)


run(outer())
