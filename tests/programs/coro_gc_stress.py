# Many suspended coroutines, each holding objects in its frame and awaiting a chain, resumed in
# turn while the collector runs (the test suite also runs this with PYVM_GC_STRESS=1).
class Tick:
    def __init__(self, payload):
        self.payload = payload

    def __await__(self):
        got = yield self.payload
        return got


async def leaf(k, i):
    data = [k, i]
    got = await Tick(("leaf", k, i))
    data.append(got)
    return data


async def task(k):
    text = "task" + str(k)
    results = []
    for i in range(3):
        results.append(await leaf(k, i))
    return text, results


coros = [task(k) for k in range(150)]
payloads = []
done = {}
for round_ in range(5):
    for k, c in enumerate(coros):
        if k in done:
            continue
        try:
            payloads.append(c.send([round_, k] if round_ else None))
        except StopIteration as e:
            done[k] = e.value
print(len(payloads), payloads[0], payloads[-1])
print(len(done), done[0], done[149])
print(sum(len(v[1]) for v in done.values()))
