# with inside try/except/finally and try statements inside with bodies
import sys


class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type.__name__ if exc_type else None,
              "| handling:", repr(sys.exc_info()[1]))
        return self.swallow


try:
    with Manager("in try"):
        raise ValueError("v")
except ValueError as e:
    print("except", e)
finally:
    print("finally")

with Manager("around try"):
    try:
        raise KeyError("k")
    except KeyError as e:
        print("caught inside", repr(e))
    finally:
        print("inner finally")

with Manager("swallows", swallow=True):
    try:
        raise KeyError("k")
    finally:
        print("finally runs before exit")
print("went on")

try:
    raise IndexError("handled")
except IndexError:
    with Manager("in handler"):
        print("body handling:", repr(sys.exc_info()[1]))
    with Manager("in handler, swallowing", swallow=True):
        raise TypeError("t")
    print("handling again:", repr(sys.exc_info()[1]))
    try:
        with Manager("raise in handler"):
            raise
    except IndexError as e:
        print("bare raise through with:", repr(e), repr(e.__context__))
print(sys.exc_info())


def finally_with_in_loop():
    for i in range(3):
        try:
            with Manager("loop " + str(i), swallow=(i == 0)):
                if i == 0:
                    raise ValueError
                if i == 1:
                    continue
                return "returned"
        finally:
            print("finally", i)


print(finally_with_in_loop())


def exit_raises_in_finally():
    try:
        class Failing:
            def __enter__(self):
                return self

            def __exit__(self, *exc):
                raise RuntimeError("from exit")
        with Failing():
            return "never"
    finally:
        print("finally sees:", repr(sys.exc_info()[1]))


try:
    exit_raises_in_finally()
except RuntimeError as e:
    print("caught", e, e.__context__)
