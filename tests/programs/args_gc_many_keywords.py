# many calls that build *args tuples and **kwargs dicts while the collector runs (PYVM_GC_STRESS)
def collect(*args, **kwargs):
    return (args, kwargs)

def build(n):
    out = []
    for i in range(n):
        out.append(collect(i, [i], *[str(i), (i,)], key=[i, i], **dict(other=str(i))))
    return out

rows = build(200)
print(len(rows), rows[0], rows[-1])
def deep(n, *, acc=None, **extra):
    if n == 0:
        return (acc, extra)
    return deep(n - 1, acc=[n, acc], **extra)
print(deep(5, tag="t"))
