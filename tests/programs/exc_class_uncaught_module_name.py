# expect-exit: 1
# expect-stderr: mylib.errors.Outer.ParseError: line 3: unexpected token
class Outer:
    class ParseError(ValueError):
        __module__ = "mylib.errors"

        def __init__(self, line, what):
            super().__init__(f"line {line}: {what}")


try:
    int("x")
except ValueError:
    raise Outer.ParseError(3, "unexpected token")
