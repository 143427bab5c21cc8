# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# Unbounded recursion through generators resumed by for loops, uncaught: CPython's traceback
# with the repeated lines folded.
def deeper(n):
    for x in deeper(n + 1):
        yield x
    yield n


def run():
    return list(deeper(0))


print("start")
run()
