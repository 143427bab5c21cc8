# sys.exc_info() outside, inside, in nested handlers, after handlers, in called functions
import sys
def describe(label):
    t, v, tb = sys.exc_info()
    if t is None:
        print(label, "no exception", v is None, tb is None)
    else:
        print(label, t.__name__, str(v), tb is not None)
describe("start")
print(sys.exc_info() == (None, None, None))
try:
    raise ValueError("outer")
except ValueError:
    describe("in outer handler")
    try:
        raise KeyError("inner")
    except KeyError:
        describe("in inner handler")
    describe("back in outer")
    print(sys.exc_info()[1] is not None)
describe("after handlers")
try:
    1 / 0
except ZeroDivisionError as e:
    print(sys.exc_info()[1] is e, sys.exc_info()[0] is ZeroDivisionError)
try:
    pass
finally:
    describe("finally without error")
try:
    try:
        raise IndexError("in finally")
    finally:
        describe("finally with pending error")
except IndexError:
    pass
print(sys.exc_info()[1] is None)
