# expect-exit: 1
# expect-stderr: KeyError: 'missing'
# An exception raised through a chain of yield from shows each generator's frame.
def leaf(d):
    yield d["a"]
    yield d["missing"]


def middle(d):
    yield from leaf(d)


def top(d):
    result = yield from middle(d)
    return result


for x in top({"a": 1}):
    print(x)
