# BaseException's own attributes on user and builtin exceptions: set, checked, deleted.
import sys


class Failure(Exception):
    pass


e = Failure("a")
e.args = ["x", "y"]
print(e.args, str(e), repr(e))
e.args = "ab"
print(e.args)
for name, value in [("args", 5), ("__traceback__", 1), ("__cause__", "text"), ("__context__", 3),
                    ("__suppress_context__", 1)]:
    try:
        setattr(e, name, value)
    except TypeError as t:
        print(name, "TypeError:", t)
for name in ["args", "__traceback__", "__cause__", "__context__", "__suppress_context__"]:
    try:
        delattr(e, name)
    except TypeError as t:
        print("del", name, "TypeError:", t)

cause = KeyError("k")
e.__cause__ = cause
print(e.__cause__ is cause, e.__suppress_context__, e.__context__)
e.__cause__ = None
e.__suppress_context__ = False
e.__context__ = ValueError("ctx")
print(e.__cause__, e.__suppress_context__, repr(e.__context__))

# with_traceback: the traceback of another exception, or None
try:
    raise Failure("first")
except Failure as caught:
    tb = caught.__traceback__
    print(tb.tb_lineno, tb.tb_frame is sys._getframe())
    other = Failure("second")
    print(other.with_traceback(tb) is other, other.__traceback__ is tb)
    print(other.with_traceback(None).__traceback__)
    try:
        other.with_traceback(5)
    except TypeError as t:
        print("TypeError:", t)
    print(sys.exc_info()[0], sys.exc_info()[1] is caught)

# a user class may define the same names: its own come first
class Custom(Exception):
    @property
    def args(self):
        return ("always", "this")

    code = "class attribute"


c = Custom(1)
print(c.args, c.code, str(c), repr(c))

# __context__ and __cause__ chains of user exceptions
class Step(Exception):
    pass


def chain():
    try:
        try:
            raise Step(1)
        except Step as s1:
            raise Step(2)
    except Step as s2:
        raise Step(3) from s2


try:
    chain()
except Step as s3:
    print(repr(s3), repr(s3.__cause__), repr(s3.__cause__.__context__), s3.__suppress_context__)
    print(s3.__context__ is s3.__cause__)
