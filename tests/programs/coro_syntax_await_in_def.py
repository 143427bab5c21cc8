# expect-exit: 1
# expect-stderr: SyntaxError: 'await' outside async function
async def f():
    return 1


def g():
    await f()
