# A coroutine-based recursive computation (issue 21's third target): an async def Fibonacci whose
# every call awaits its two sub-calls, driven by send(None) with no event loop.
async def fib(n):
    if n < 2:
        return n
    return await fib(n - 1) + await fib(n - 2)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(fib(33)))
