# expect-exit: 1
# expect-stderr: RuntimeError: coroutine raised StopIteration
# StopIteration raised inside a coroutine becomes RuntimeError (PEP 479), its cause kept; the
# traceback shows both.
async def bad():
    raise StopIteration("inside")


async def caller():
    return await bad()


c = caller()
c.send(None)
