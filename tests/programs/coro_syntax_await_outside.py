# expect-exit: 1
# expect-stderr: SyntaxError: 'await' outside function
async def f():
    return 1


await f()
