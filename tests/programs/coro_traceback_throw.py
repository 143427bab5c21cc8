# expect-exit: 1
# expect-stderr: KeyError: 'thrown'
# An exception thrown into a suspended coroutine chain and not caught: the traceback shows the
# driver's throw, then each coroutine at its await, then the awaitable's yield.
class Suspend:
    def __await__(self):
        yield "waiting"


async def leaf():
    await Suspend()


async def branch():
    await leaf()


async def root():
    try:
        await branch()
    finally:
        print("root finally")


c = root()
print(c.send(None))
c.throw(KeyError("thrown"))
