# Async generators: async for over them, awaits inside, __anext__ driven by hand, their repr and
# attributes; the end of one is StopAsyncIteration.
class Tick:
    def __await__(self):
        yield "tick"


async def countdown(n):
    while n > 0:
        await Tick()
        yield n
        n -= 1


async def pairs():
    async for a in countdown(2):
        async for b in countdown(2):
            yield a, b


async def main():
    out = []
    async for x in countdown(3):
        out.append(x)
    async for p in pairs():
        out.append(p)
    return out


def run(coro):
    ticks = 0
    try:
        while True:
            coro.send(None)
            ticks += 1
    except StopIteration as e:
        return ticks, e.value


print(run(main()))
ag = countdown(2)
print(type(ag).__name__, repr(ag).startswith("<async_generator object countdown at 0x"))
print(ag.ag_running, ag.ag_await, ag.ag_frame.f_lineno, ag.__aiter__() is ag)
step = ag.__anext__()
print(type(step).__name__, repr(step).startswith("<async_generator_asend object at 0x"))
print(step.send(None), ag.ag_running, type(ag.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("item", e.value, ag.ag_running, ag.ag_await)
try:
    step.send(None)
except RuntimeError as e:
    print("RuntimeError:", e)
for i in range(3):
    step = ag.__anext__()
    try:
        print(step.send(None))
        step.send(None)
    except StopIteration as e:
        print("item", e.value)
    except StopAsyncIteration as e:
        print("end", repr(e))
print(ag.ag_frame)
try:
    ag.__anext__().send(None)
except StopAsyncIteration:
    print("ended again")
