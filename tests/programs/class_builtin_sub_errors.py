# The errors of deriving from builtins, as CPython words them.
def attempt(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


attempt(lambda: type("X", (bool,), {}))
attempt(lambda: type("X", (int, str), {}))
attempt(lambda: type("X", (list, dict), {}))
attempt(lambda: type("X", (tuple, list), {}))
attempt(lambda: type("X", (int, Exception), {}))
attempt(lambda: type("X", (float, set), {}))
attempt(lambda: type("X", (range,), {}))
attempt(lambda: type("X", (type(None),), {}))
attempt(lambda: type("X", (int,), {"__slots__": ("a",)}))
attempt(lambda: type("X", (tuple,), {"__slots__": ["a", "b"]}))
attempt(lambda: type("X", (bytes,), {"__slots__": "a"}).__name__)
attempt(lambda: type("X", (list,), {"__slots__": ("a",)}).__name__)
attempt(lambda: type("X", (str,), {"__slots__": ()}).__name__)


class L(list):
    pass


class T(tuple):
    pass


class I(int):
    pass


class A:
    pass


class Mixin:
    def hello(self):
        return "hello from " + type(self).__name__


class ML(Mixin, list):
    pass


print(ML([1]).hello(), ML([1]), ML.__mro__)
attempt(lambda: int.__new__(A, 5))
attempt(lambda: int.__new__(5))
attempt(lambda: int.__new__())
attempt(lambda: str.__new__(I, "x"))
attempt(lambda: tuple.__new__(list))
attempt(lambda: object.__new__(I))
attempt(lambda: I("x"))
attempt(lambda: I(1, 2, 3))
attempt(lambda: I([]))
attempt(lambda: list.__init__(5))
attempt(lambda: list.append(I(1), 2))
attempt(lambda: L([1]) + T((2,)))
attempt(lambda: I(3).nothing)
attempt(lambda: setattr(ML(), "x", 1) or "set ok")


class P(tuple):
    __slots__ = ()


attempt(lambda: setattr(P(), "x", 1))
attempt(lambda: P()[0])
attempt(lambda: P((1,)) + 1)
attempt(lambda: 1 + P((1,)))
attempt(lambda: I(1) + "a")
attempt(lambda: "a" + I(1))
attempt(lambda: -ML())
attempt(lambda: abs(ML()))
attempt(lambda: hash(ML()))
attempt(lambda: ML() < 1)
attempt(lambda: {ML(): 1})
attempt(lambda: L([1]) * 2)
attempt(lambda: 2 * T((1,)))
attempt(lambda: L([1]) * I(2))
attempt(lambda: "ab" * I(2))
attempt(lambda: I(2) * "ab")
attempt(lambda: [0] + L([1]))
attempt(lambda: L([1]) + 1)
attempt(lambda: I(0) + 0)
attempt(lambda: type(I(0) + 0).__name__)
x = L([1])
x += (2, 3)
x *= 2
print(x, type(x).__name__)
y = T((1,))
y += (2,)
print(y, type(y).__name__)
