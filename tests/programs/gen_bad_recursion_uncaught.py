# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# Unbounded recursion through generators resumed by next() and by for, uncaught: CPython's
# traceback with the repeated lines folded.
def deeper(n):
    value = yield n
    for x in deeper(n + value):
        yield next(deeper(x))


top = deeper(0)
next(top)
top.send(1)
