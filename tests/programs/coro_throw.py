# throw() into a suspended coroutine goes to the innermost awaitable first, through every await.
class Suspend:
    def __await__(self):
        try:
            value = yield "inner"
        except KeyError as e:
            print("awaitable caught", repr(e))
            value = yield "inner again"
        return value


async def middle():
    try:
        return await Suspend()
    except ValueError as e:
        print("middle caught", repr(e))
        return "recovered"


async def top():
    result = await middle()
    print("top got", result)
    return result


c = top()
print(c.send(None))
print(c.throw(KeyError("k")))
try:
    c.throw(ValueError, ValueError("v"))
except StopIteration as e:
    print("returned", e.value)

c = top()
print(c.send(None))
try:
    c.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("propagated", type(e).__name__)
print(c.cr_frame)

c = top()
try:
    c.throw(TypeError("before start"))
except TypeError as e:
    print("not started:", e)
try:
    c.throw(1)
except TypeError as e:
    print(e)
