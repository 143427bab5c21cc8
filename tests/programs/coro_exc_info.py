# The exception being handled inside a coroutine suspended in an except clause is its own; its
# resumer's is back while it is suspended.
import sys


class Tick:
    def __await__(self):
        yield


async def handler():
    try:
        raise KeyError("inside")
    except KeyError:
        print("in handler:", repr(sys.exc_info()[1]))
        await Tick()
        print("resumed:", repr(sys.exc_info()[1]))
    print("after:", sys.exc_info()[1])


c = handler()
c.send(None)
print("driver:", sys.exc_info()[1])
try:
    raise ValueError("driver's")
except ValueError:
    try:
        c.send(None)
    except StopIteration:
        print("done; driver still handles", repr(sys.exc_info()[1]))
