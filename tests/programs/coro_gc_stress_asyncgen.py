# Many suspended async generators and the asend awaitables driving them, under the collector (the
# test suite also runs this with PYVM_GC_STRESS=1).
class Tick:
    def __init__(self, v):
        self.v = [v]

    def __await__(self):
        got = yield self.v
        return got


async def stream(k):
    kept = {"k": k}
    for i in range(3):
        got = await Tick((k, i))
        kept[i] = got
        yield (k, i, got, len(kept))


async def consume(k, out):
    async for item in stream(k):
        out.append(item)
    return [x async for x in stream(k + 1000)]


out = []
coros = [consume(k, out) for k in range(60)]
results = {}
for round_ in range(12):
    for k, c in enumerate(coros):
        if k not in results:
            try:
                c.send(("sent", round_) if round_ else None)
            except StopIteration as e:
                results[k] = e.value
print(len(out), out[0], out[-1])
print(len(results), results[0][:2], results[59][-1])
