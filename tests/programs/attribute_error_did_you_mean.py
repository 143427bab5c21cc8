# An uncaught AttributeError raised by an attribute lookup ends with CPython's "Did you mean",
# found among dir(obj); one raised by the program (no name, no obj) or with no close name does
# not, nor does a NameError raised by the program. Each case fails while handling the last one's
# error, so all are printed.
# expect-exit: 1
# expect-stderr: NameError: name 'totl' is not defined. Did you mean: 'total'?
import sys


def function():
    pass


def case0():
    [1].apend(1)


def case1():
    sys.exitt


def case2():
    (1).real2


def case3():
    "s".uper


def case4():
    int.from_byte


def case5():
    function.__nam__


def case6():
    ValueError().ags


def case7():
    (1.5).hex_


def case8():
    range(3).strt


def case9():
    None.x


def case10():
    [].zzzzzzzz


def case11():
    print(prin)


cases = [case0, case1, case2, case3, case4, case5, case6, case7, case8, case9, case10, case11]


def run(i):
    try:
        cases[i]()
    except (AttributeError, NameError) as e:
        print(type(e).__name__, e.name, type(e.obj).__name__ if isinstance(e, AttributeError) else "")
        if i + 1 < len(cases):
            run(i + 1)
        else:
            raise AttributeError("'list' object has no attribute 'apend'")


try:
    run(0)
except AttributeError as e:
    print(e.name, e.obj)
    try:
        raise NameError("name 'prin' is not defined")
    except NameError:
        total = 0
        print(totl)
