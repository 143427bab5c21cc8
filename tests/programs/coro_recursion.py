# Unbounded recursion through awaits is a RecursionError, never a crash.
async def down(n):
    return await down(n + 1)


c = down(0)
try:
    c.send(None)
except RecursionError as e:
    print("RecursionError:", e)


async def depth(n):
    if n == 0:
        return 0
    return 1 + await depth(n - 1)


c = depth(500)
try:
    c.send(None)
except StopIteration as e:
    print(e.value)
