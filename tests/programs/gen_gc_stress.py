# Many live suspended generators, each holding objects, resumed in turn while the collector runs
# (the test suite also runs this with PYVM_GC_STRESS=1).
def holder(k):
    data = [k] * 3
    text = "item" + str(k)
    pair = (data, text)
    for i in range(3):
        extra = [i, k]
        yield (pair[1], sum(data) + i, extra)
        data.append(i)


gens = [holder(k) for k in range(200)]
results = []
for round_ in range(4):
    for g in gens:
        try:
            results.append(next(g))
        except StopIteration:
            results.append(None)
print(len(results), results[0], results[199], results[200], results[-1])
print(sum(r[1] for r in results if r is not None))
frames = [g.gi_frame for g in gens[:3]]
print([f for f in frames])
nested = [list((x, y) for y in range(2)) for x in range(3)]
print(nested)
big = (str(i) * 2 for i in range(2000))
print(sum(len(s) for s in big))
