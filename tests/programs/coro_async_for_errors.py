# The TypeErrors of async for, as CPython 3.11 words them.
class NoANext:
    def __aiter__(self):
        return 1


class BadANext:
    def __aiter__(self):
        return self

    def __anext__(self):
        return 5


class ANextRaises:
    def __aiter__(self):
        return self

    def __anext__(self):
        raise ValueError("in __anext__")


class SyncOnly:
    def __iter__(self):
        return iter([1])


async def loop(obj):
    async for x in obj:
        print(x)


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


for obj in [1, [1, 2], SyncOnly(), NoANext(), BadANext(), ANextRaises()]:
    try:
        run(loop(obj))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e, repr(e.__cause__), e.__suppress_context__)
