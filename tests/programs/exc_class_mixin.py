# Multiple inheritance: an exception with plain mixin classes, and the lay-outs CPython refuses.
class Jsonable:
    kind = "mixin"

    def to_json(self):
        return '{"type": "%s", "args": %s}' % (type(self).__name__, list(self.args))


class Coded:
    def code(self):
        return len(type(self).__name__)


class ApiError(Jsonable, Coded, ValueError):
    pass


class Later(ValueError, Jsonable):
    pass


e = ApiError("bad", 2)
print(e.to_json(), e.code(), e.kind)
print(ApiError.__mro__)
print(ApiError.__base__, ApiError.__bases__)
print(Later.__mro__, Later.__base__)
print(Later("x").to_json())
try:
    raise ApiError("raised")
except ValueError as j:
    print("caught as ValueError", repr(j), isinstance(j, Jsonable), issubclass(ApiError, Coded))
try:
    try:
        raise ApiError("mixin in an except clause")
    except Jsonable:
        print("not here")
except TypeError as t:
    print("TypeError:", t)

for name, bases in [("OsValue", (OSError, ValueError)), ("KeyIndex", (KeyError, IndexError)),
                    ("ExitErr", (SystemExit, Exception)), ("UniOs", (UnicodeError, OSError)),
                    ("OsStop", (OSError, StopIteration)), ("NameAttr", (NameError, AttributeError)),
                    ("ImportOs", (ImportError, OSError)), ("StopExit", (StopIteration, SystemExit))]:
    try:
        cls = type(name, bases, {})
        print(name, [c.__name__ for c in cls.__mro__], cls.__base__.__name__)
    except TypeError as t:
        print(name, "TypeError:", t)

try:
    class Clash(KeyError, NameError):
        pass
    print("Clash", Clash.__base__)
    class Conflict(NameError, StopIteration):
        pass
except TypeError as t:
    print("TypeError:", t)

try:
    class Dup(ValueError, ValueError):
        pass
except TypeError as t:
    print("TypeError:", t)

try:
    class BadOrder(Exception, ValueError):
        pass
except TypeError as t:
    print("TypeError:", t)
