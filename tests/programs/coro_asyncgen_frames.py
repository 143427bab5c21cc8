# ag_frame of a suspended async generator shows its locals and line; ag_await what it awaits; the
# items of many async generators interleaved by a round-robin driver.
class Tick:
    def __await__(self):
        yield "tick"


async def numbers(k):
    base = k * 100
    for i in range(3):
        await Tick()
        yield base + i


ag = numbers(2)
step = ag.__anext__()
print(step.send(None), ag.ag_frame.f_lineno, sorted(ag.ag_frame.f_locals.items()), type(ag.ag_await).__name__)
try:
    step.send(None)
except StopIteration as e:
    print("item", e.value, ag.ag_frame.f_lineno, ag.ag_await)


async def collect(k, out):
    async for v in numbers(k):
        out.append(v)


out = []
tasks = [collect(k, out) for k in range(5)]
while tasks:
    for t in list(tasks):
        try:
            t.send(None)
        except StopIteration:
            tasks.remove(t)
print(out)
rest = ag.aclose()
try:
    rest.send(None)
except StopIteration:
    print("closed", ag.ag_frame)
