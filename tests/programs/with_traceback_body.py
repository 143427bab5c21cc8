# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# an exception leaving a with body is printed with the lines CPython shows: the body's, not the with's
class Logging:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        print("exit", self.name, exc_type, tb and tb.tb_lineno)


def divide(a, b):
    with Logging("inner") as log, \
            Logging("second"):
        result = a / b
    return result


def outer():
    with Logging("outer"):
        values = [divide(4, 2),
                  divide(1, 0)]
    return values


outer()
