# StopIteration raised in a coroutine becomes RuntimeError("coroutine raised StopIteration"), its
# cause kept; one raised by an awaited iterator's __next__ is that await's return value.
async def raises_stop():
    raise StopIteration(5)


async def caller():
    try:
        await raises_stop()
    except RuntimeError as e:
        return f"{e} / cause {e.__cause__!r} / context {e.__context__!r}"


def run(coro):
    try:
        while True:
            coro.send(None)
    except StopIteration as e:
        return e.value


print(run(caller()))


class Stopper:
    def __await__(self):
        return self

    def __iter__(self):
        return self

    def __next__(self):
        raise StopIteration("the result")


async def awaits_stopper():
    return await Stopper()


print(run(awaits_stopper()))
