# The TypeErrors of async with, as CPython 3.11 words them.
class OnlyEnter:
    async def __aenter__(self):
        return 1


class SyncManager:
    def __enter__(self):
        return self

    def __exit__(self, *a):
        pass


class EnterNotAwaitable:
    def __aenter__(self):
        return 1

    async def __aexit__(self, *a):
        pass


class ExitNotAwaitable:
    async def __aenter__(self):
        return 1

    def __aexit__(self, *a):
        return 2


async def use(m):
    async with m:
        print("body")


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


for m in [1, OnlyEnter(), SyncManager(), EnterNotAwaitable(), ExitNotAwaitable()]:
    try:
        run(use(m))
    except TypeError as e:
        print("TypeError:", e)
