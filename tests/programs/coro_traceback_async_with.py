# expect-exit: 1
# expect-stderr: KeyError: 'from __aexit__'
# __aexit__ raising while an exception leaves the async with body: both show, chained.
class Manager:
    async def __aenter__(self):
        return self

    async def __aexit__(self, typ, value, tb):
        raise KeyError("from __aexit__")


async def body():
    async with Manager():
        1 / 0


body().send(None)
