# Deleting a class's __new__ leaves CPython's tp_new as it was: object.__new__ is then called with the
# arguments, and refuses them.
def attempt(f):
    try:
        r = f()
        print(type(r).__name__, getattr(r, "a", ""))
    except TypeError as e:
        print("TypeError:", e)


class K:
    def __new__(cls, *a):
        return super().__new__(cls)

    def __init__(self, *a):
        self.a = a


attempt(lambda: K(5))
del K.__new__
attempt(lambda: K(5))
attempt(lambda: K())


class KSub(K):
    pass


attempt(lambda: KSub(1))
attempt(lambda: KSub())


class M:
    def __new__(cls, *a):
        return super().__new__(cls)


del M.__new__
attempt(lambda: M(5))
attempt(lambda: M())
M.__new__ = lambda cls, *a: object.__new__(cls)
attempt(lambda: M(6))


class N(int):
    def __new__(cls, v):
        return super().__new__(cls, v * 2)


print(N(5))
del N.__new__
print(N(5), type(N(5)).__name__)


class Late:
    pass


attempt(lambda: Late(1))
Late.__new__ = staticmethod(lambda cls, *a: object.__new__(cls))
attempt(lambda: Late(1))
del Late.__new__
attempt(lambda: Late(1))
