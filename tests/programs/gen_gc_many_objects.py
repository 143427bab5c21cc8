# Generators holding many objects across collections (run under PYVM_GC_STRESS=1 too): each keeps
# lists, dicts, strings, tuples and other generators in its locals while suspended, and checks
# them when resumed.
def hoarder(seed):
    items = [str(seed * i) for i in range(50)]
    index = {s: i for i, s in enumerate(items)}
    nested = [(i, [i] * 3, {"k": i}) for i in range(20)]
    child = (x * seed for x in range(100))
    total = 0
    while True:
        extra = yield total
        items.append(str(extra))
        index[str(extra)] = len(items) - 1
        ok = all(index[s] == i or items[index[s]] == s for i, s in enumerate(items))
        total = sum(n for n, l, d in nested if l == [n] * 3 and d["k"] == n) + next(child) + ok


gens = [hoarder(s) for s in range(1, 60)]
for g in gens:
    next(g)
results = []
for rnd in range(6):
    garbage = [[rnd] * 10 for _ in range(200)]
    results.append(sum(g.send(rnd * 1000 + i) for i, g in enumerate(gens)))
print(results)


def tree(depth):
    if depth == 0:
        yield [depth] * 4
        return
    for branch in range(2):
        yield from tree(depth - 1)
        yield {"depth": depth, "branch": branch, "payload": "x" * depth}


count = 0
checksum = 0
for node in tree(9):
    count += 1
    checksum += len(node) if isinstance(node, list) else node["depth"] + len(node["payload"])
print(count, checksum)
pipelines = []
for k in range(30):
    stage = (str(i) for i in range(k, k + 40))
    stage = (s + "!" for s in stage)
    stage = (len(s) for s in stage)
    pipelines.append(stage)
print([sum(p) for p in pipelines][:10], sum(sum(p) for p in pipelines))
