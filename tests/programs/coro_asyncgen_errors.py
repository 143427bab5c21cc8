# An async generator's errors: StopIteration or StopAsyncIteration raised inside it (RuntimeError),
# awaiting an __anext__() twice, asend of a value to a generator not started, running it twice.
async def raises(kind):
    yield 1
    raise kind("inside")


def drive(awaitable):
    try:
        while True:
            awaitable.send(None)
    except StopIteration as e:
        return "item " + repr(e.value)
    except Exception as e:
        return f"{type(e).__name__}: {e} (cause {e.__cause__!r})"


for kind in (StopIteration, StopAsyncIteration, KeyError):
    ag = raises(kind)
    print(drive(ag.__anext__()))
    print(drive(ag.__anext__()))
    print(drive(ag.__anext__()))

ag = raises(KeyError)
step = ag.__anext__()
print(drive(step))
print(drive(step))
try:
    step.throw(KeyError)
except RuntimeError as e:
    print("RuntimeError:", e)
print(drive(ag.asend("value")))


async def reenter():
    yield await_self()


async def await_self():
    return 1


class Tick:
    def __await__(self):
        yield


async def slow():
    await Tick()
    yield "slow"


ag = slow()
first = ag.__anext__()
first.send(None)
print(ag.ag_running)
print(drive(ag.__anext__()))
print(drive(ag.aclose()))
print(drive(ag.athrow(ValueError)))
print(drive(first))
print(drive(ag.aclose()))
print(drive(ag.athrow(ValueError)))
a = ag.aclose()
print(drive(a))
print(drive(a))


async def returns_value():
    yield 1
    return
