# The exception being handled inside and around generators: a generator suspended in an except
# clause keeps its own, and its caller's is its caller's again while it is suspended.
import sys


def in_handler():
    try:
        raise KeyError("inner")
    except KeyError:
        yield sys.exc_info()[1]
        yield sys.exc_info()[1]
    yield sys.exc_info()[1]


g = in_handler()
print(repr(next(g)))
print(repr(sys.exc_info()[1]))
try:
    raise ValueError("outer")
except ValueError:
    print(repr(next(g)))
    print(repr(sys.exc_info()[1]))
    print(repr(next(g)))
print(repr(sys.exc_info()[1]))


def sees_caller():
    yield sys.exc_info()[1]


try:
    raise IndexError("caller's")
except IndexError:
    print(repr(next(sees_caller())))


def chains():
    try:
        yield 1
    except ValueError:
        raise TypeError("while handling")


c = chains()
next(c)
try:
    c.throw(ValueError("thrown"))
except TypeError as e:
    print(repr(e), repr(e.__context__))


def reraises():
    try:
        yield
    except Exception:
        raise


r = reraises()
next(r)
try:
    r.throw(OSError("reraised"))
except OSError as e:
    print(repr(e))
