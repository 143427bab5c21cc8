# expect-exit: 1
# expect-stderr: StopIteration: done
# next() on an exhausted generator: StopIteration carries the return value once, then nothing;
# the last one escapes with CPython's traceback.
def two():
    yield 1
    yield 2
    return "done"


g = two()
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("first StopIteration:", repr(e.value), e.args)
try:
    next(g)
except StopIteration as e:
    print("again:", repr(e.value), e.args)
print(next(g, "default"))
print(list(g), list(two()))


def finishing():
    yield 0
    return "done"


f = finishing()
next(f)
next(f)
