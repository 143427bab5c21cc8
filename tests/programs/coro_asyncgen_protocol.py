# asend, athrow and aclose of an async generator, driven by hand as an event loop would.
class Tick:
    def __await__(self):
        v = yield "tick"
        return v


async def gen():
    try:
        received = yield "first"
        print("received", received)
        got = await Tick()
        print("tick gave", got)
        received = yield "second"
        print("received", received)
        yield "third"
    except KeyError as e:
        print("gen caught", repr(e))
        yield "after KeyError"
    finally:
        print("gen finally")


def drive(awaitable, sends=()):
    """Run an awaitable of the generator to its end: the item (StopIteration's value) or the error."""
    sends = list(sends)
    try:
        value = awaitable.send(None)
        while True:
            print("  passed through:", value)
            value = awaitable.send(sends.pop(0) if sends else None)
    except StopIteration as e:
        return "item " + repr(e.value)
    except Exception as e:
        return type(e).__name__ + " " + str(e)


ag = gen()
print(drive(ag.asend(None)))
print(drive(ag.asend("hello"), ["sent to tick"]))
print(drive(ag.athrow(KeyError("k"))))
print(drive(ag.aclose()))
print(drive(ag.asend(None)))
print(drive(ag.aclose()))

ag = gen()
print(drive(ag.__anext__()))
print(drive(ag.athrow(ValueError, ValueError("v"))))
print(drive(ag.__anext__()))

ag = gen()
print(drive(ag.aclose()))
print(drive(ag.__anext__()))


async def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


ag = stubborn()
print(drive(ag.__anext__()))
print(drive(ag.aclose()))
print(drive(ag.__anext__()))
print(drive(ag.__anext__()))

a = gen().athrow(1)
print(drive(a))
try:
    gen().asend()
except TypeError as e:
    print("TypeError")
