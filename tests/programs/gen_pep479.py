# expect-exit: 1
# expect-stderr: RuntimeError: generator raised StopIteration
# PEP 479: StopIteration raised inside a generator becomes a RuntimeError it caused.
def inner():
    yield 1
    raise StopIteration("early")


try:
    list(inner())
except RuntimeError as e:
    print("caught:", e, "| cause:", repr(e.__cause__), e.__suppress_context__)


def uses_next(it):
    while True:
        yield next(it)


print(list(uses_next(iter([]))) if False else "skip")
g = uses_next(iter([1, 2]))
print(next(g), next(g))
next(g)
