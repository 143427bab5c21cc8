# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
# Unbounded recursion through generators is a RecursionError, never a crash.
def down(n):
    yield n
    yield from down(n + 1)


def depth():
    count = 0
    for _ in down(0):
        count += 1
    return count


try:
    depth()
except RecursionError as e:
    print("caught", type(e).__name__)

depth()
