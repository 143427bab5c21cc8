# expect-exit: 1
# expect-stderr: KeyError: 'thrown'
# throw() with tracebacks: the exception thrown in is raised at the yield, so the traceback lists
# the thrower, then the generators of the yield from chain down to the yield; a traceback given
# to an exception instance is kept, and one caught inside shows where it was raised.
import sys


def inner():
    try:
        yield 1
    except ValueError as e:
        tb = e.__traceback__
        names = []
        while tb:
            names.append(tb.tb_frame.f_code.co_name)
            tb = tb.tb_next
        print("inner caught", e, names)
    yield 2


def middle():
    yield from inner()


def outer():
    result = yield from middle()
    return result


g = outer()
print(next(g))
print(g.throw(ValueError("first")))
try:
    raise TypeError("made earlier")
except TypeError as e:
    earlier = e
try:
    g.throw(earlier)
except TypeError as e:
    tb = e.__traceback__
    lines = []
    while tb:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print("escaped", e, lines)
print(g.gi_frame, g.gi_suspended)
h = outer()
next(h)
h.throw(KeyError, "thrown")
