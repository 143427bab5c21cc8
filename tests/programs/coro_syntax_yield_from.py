# expect-exit: 1
# expect-stderr: SyntaxError: 'yield from' inside async function
async def f():
    yield from [1, 2]
