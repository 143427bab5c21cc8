# an exception leaving a with body is swallowed when __exit__ returns a true value
import sys


class Suppress:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__ if exc_type else None, repr(exc), tb is not None)
        print("  handling:", repr(sys.exc_info()[1]))
        return self.result


class Truthy:
    def __init__(self, value):
        self.value = value

    def __bool__(self):
        print("bool asked")
        return self.value

    def __repr__(self):
        return f"Truthy({self.value})"


for result in (True, 1, "yes", [0], Truthy(True)):
    with Suppress(result):
        raise ValueError(result)
    print("swallowed with", type(result).__name__, "| handling now:", sys.exc_info())


def f():
    with Suppress(True):
        1 / 0
        print("not reached")
    return "f went on"


print(f())
try:
    raise KeyError("outer")
except KeyError:
    with Suppress(1):
        raise IndexError("inner")
    print("still handling", repr(sys.exc_info()[1]))
print(sys.exc_info())
for i in range(3):
    with Suppress(True):
        if i == 1:
            raise RuntimeError(i)
        print("turn", i)
