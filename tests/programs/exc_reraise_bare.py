# bare `raise` re-raises the exception being handled; uncaught at the end it shows the original line
# expect-exit: 1
# expect-stderr: IndexError: list index out of range
def fetch(items, i):
    return items[i]
def careful(items, i):
    try:
        return fetch(items, i)
    except IndexError as e:
        print("logging:", e)
        raise
def outer(i):
    try:
        return careful([10, 20, 30], i)
    except IndexError:
        print("outer saw it too")
        raise
    finally:
        print("outer finally", i)
print(outer(1))
try:
    outer(9)
except LookupError as e:
    print("caught at top:", type(e).__name__)
outer(5)
