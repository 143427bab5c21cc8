# cr_frame of a suspended coroutine: its locals and line; cr_await is what it awaits; cr_running is
# True only while it runs; sys._getframe inside sees the coroutine's frame.
import sys


class Suspend:
    def __init__(self, tag):
        self.tag = tag

    def __await__(self):
        got = yield self.tag
        return got


async def inner(k):
    here = sys._getframe()
    print("running:", here.f_code.co_name, here.f_back.f_code.co_name, c.cr_running)
    local = k * 2
    v = await Suspend("inner")
    return local + v


async def outer():
    first = 1
    second = await inner(first)
    return second


c = outer()
print(c.cr_frame.f_lineno, c.cr_frame.f_locals, c.cr_await, c.cr_suspended)
print(c.send(None))
f = c.cr_frame
print(f.f_lineno, f.f_code.co_name, sorted(f.f_locals.items()))
aw = c.cr_await
print(type(aw).__name__, aw.cr_frame.f_lineno, sorted(aw.cr_frame.f_locals), aw.cr_suspended)
print(type(aw.cr_await).__name__, c.cr_running, aw.cr_running)
try:
    c.send(5)
except StopIteration as e:
    print("result", e.value)
print(c.cr_frame, c.cr_await, f.f_locals)


async def running_self():
    print("inside, running:", me.cr_running)
    try:
        me.send(None)
    except ValueError as e:
        print("ValueError:", e)
    return 0


me = running_self()
try:
    me.send(None)
except StopIteration:
    pass
