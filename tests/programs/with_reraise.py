# an exception leaving a with body passes on unchanged when __exit__ returns a false value
import sys


class Pass:
    def __init__(self, result):
        self.result = result

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit:", exc_type.__name__, exc, tb.tb_lineno, tb.tb_frame.f_code.co_name)
        return self.result


class Falsy:
    def __bool__(self):
        print("bool asked")
        return False


for result in (None, False, 0, "", [], Falsy()):
    err = ValueError("v")
    try:
        with Pass(result):
            raise err
    except ValueError as e:
        print("caught the same:", e is err, e.__context__, e.__traceback__.tb_lineno)


def thrower():
    raise TypeError("deep")


def g():
    with Pass(None):
        thrower()


try:
    g()
except TypeError as e:
    tb = e.__traceback__
    lines = []
    while tb is not None:
        lines.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
        tb = tb.tb_next
    print(lines)
print(sys.exc_info())


class BadBool:
    def __bool__(self):
        raise ZeroDivisionError("bool of __exit__'s result")


try:
    with Pass(BadBool()):
        raise KeyError("k")
except ZeroDivisionError as e:
    print("bool failed:", e, "| context:", repr(e.__context__))
print(sys.exc_info())
