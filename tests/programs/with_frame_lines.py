# the lines a frame is at during and after a with statement: __enter__ and __exit__ are called from the
# with's line, a frame left by an exception __exit__ passed on stays at the line that raised it, and one
# returning from inside a with returns from the with's line. A with in a class body and at module level.
import sys


class Where:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        print(self.name, "enter from line", sys._getframe(1).f_lineno)
        return self

    def __exit__(self, *exc):
        print(self.name, "exit from line", sys._getframe(1).f_lineno)


def raises():
    with Where(
        "raises"
    ):
        x = 1
        raise ValueError(x)


try:
    raises()
except ValueError as e:
    tb = e.__traceback__.tb_next
    print("frame left at", tb.tb_frame.f_lineno, "traceback line", tb.tb_lineno)


def returns():
    with Where("returns"):
        return sys._getframe()


print("returned at", returns().f_lineno)


def breaks():
    for i in range(2):
        with Where("breaks"):
            if i:
                break
    return sys._getframe()


print("last line", breaks().f_lineno)


class InBody:
    with Where("class body") as manager:
        attribute = manager.name.upper()


print(InBody.attribute, type(InBody.manager).__name__)
with Where("module") as w:
    print(w.name, sys._getframe().f_lineno)
