# async def makes a coroutine object; awaiting another coroutine runs it; its return value ends the
# driver's send(None) loop as StopIteration.
async def add(a, b):
    return a + b


async def chain(n):
    total = 0
    for i in range(n):
        total = await add(total, i)
    return total


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


c = chain(5)
print(type(c).__name__, repr(c).startswith("<coroutine object chain at 0x"))
print(c.cr_code.co_name if hasattr(c.cr_code, "co_name") else c.cr_code)
print(c.cr_running, c.cr_await, c.cr_suspended, c.cr_origin)
print(run(c))
print(c.cr_frame, c.cr_running, c.cr_suspended)


class A:
    async def method(self, x):
        return await add(x, 10)


c = A().method(5)
print(repr(c).startswith("<coroutine object A.method at 0x"), run(c))


def outer():
    async def inner():
        return "inner"
    return inner


c = outer()()
print(c.__qualname__, c.__name__, repr(c).split(" at ")[0], run(c))
print(run(chain(100)))
