# expect-exit: 1
# expect-stderr: KeyError: 'exit of two'
# an exception raised by __exit__ replaces the one it was given, which becomes its __context__
import sys


class Failing:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, "handling", repr(sys.exc_info()[1]))
        raise KeyError("exit of " + self.name)


try:
    with Failing("one"):
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "context", repr(e.__context__), "cause", e.__cause__)
    print("context's context", e.__context__.__context__)
print(sys.exc_info())

try:
    with Failing("normal"):
        print("body ends normally")
except KeyError as e:
    print("caught", repr(e), "context", e.__context__)

try:
    with Failing("outer"), Failing("inner"):
        raise ValueError("body")
except KeyError as e:
    print("caught", repr(e), "<-", repr(e.__context__), "<-", repr(e.__context__.__context__))


def two():
    with Failing("two"):
        1 / 0


two()
