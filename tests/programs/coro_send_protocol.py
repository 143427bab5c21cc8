# send(), close() and the errors of a coroutine's protocol, as CPython words them.
class Suspend:
    """An awaitable that suspends the coroutine awaiting it once, and returns what is sent in."""
    def __await__(self):
        value = yield "suspended"
        return value


async def echo():
    got = []
    for i in range(3):
        got.append(await Suspend())
    return got


c = echo()
try:
    c.send(1)
except TypeError as e:
    print("TypeError:", e)
print(c.send(None))
print(c.send("a"))
print(c.send("b"))
try:
    c.send("c")
except StopIteration as e:
    print("returned", e.value)
for attempt in range(2):
    try:
        c.send(None)
    except RuntimeError as e:
        print("RuntimeError:", e)
try:
    c.throw(ValueError("late"))
except RuntimeError as e:
    print("RuntimeError:", e, repr(e.__context__))
print(c.close(), c.close())

c = echo()
print(c.close(), c.cr_frame)
try:
    c.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)

c = echo()
try:
    next(c)
except TypeError as e:
    print("TypeError:", e)
try:
    iter(c)
except TypeError as e:
    print("TypeError:", e)
try:
    for x in c:
        pass
except TypeError as e:
    print("TypeError:", e)
c.close()
