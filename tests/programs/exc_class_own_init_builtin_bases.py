# A class's own __init__ over OSError and UnicodeEncodeError: __new__ leaves OSError's args to __init__,
# UnicodeEncodeError's __init__ checks its five arguments.
class Unicode(UnicodeEncodeError):
    def __init__(self, x):
        super().__init__(x)


try:
    Unicode(1)
except TypeError as t:
    print("TypeError:", t)


class KeepsOwn(UnicodeEncodeError):
    def __init__(self, x):
        self.x = x


k = KeepsOwn(1)
print(k.args, repr(k), k.x)


class Full(UnicodeEncodeError):
    def __init__(self, text):
        super().__init__("ascii", text, 0, 1, "ordinal not in range(128)")


print(str(Full("é")), Full("é").object)


class Skips(OSError):
    def __init__(self, a, b, c):
        self.c = c


q = Skips(1, 2, 3)
print(q.args, q.errno, repr(str(q)), q.c)


class Calls(OSError):
    def __init__(self, code):
        super().__init__(code, "Broken pipe")


c = Calls(32)
print(c.args, c.errno, c.strerror, str(c), type(c).__name__, isinstance(c, BrokenPipeError))
print(OSError(32, "Broken pipe").__class__.__name__, Calls.__mro__[1].__name__)
