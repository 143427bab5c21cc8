# expect-exit: 1
# expect-stderr: TypeError: 'async for' received an invalid object from __anext__: int
# The TypeError of an __anext__ whose result cannot be awaited is raised from the await's own
# TypeError: both show.
class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


async def loop():
    async for x in BadANext():
        print(x)


loop().send(None)
