# expect-exit: 1
# expect-stderr: SyntaxError: asynchronous comprehension outside of an asynchronous function
async def agen():
    yield 1


def g():
    return [x async for x in agen()]
