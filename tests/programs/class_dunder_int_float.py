# int(), float() and round() of instances: __int__ (then __index__), __float__ (then __index__),
# __round__ with and without ndigits; the results are checked as CPython checks them.
class Num:
    def __init__(self, v):
        self.v = v

    def __int__(self):
        return int(self.v)

    def __float__(self):
        return float(self.v)

    def __round__(self, ndigits=None):
        if ndigits is None:
            return round(self.v)
        return ("rounded", round(self.v, ndigits))


n = Num(2.75)
print(int(n), float(n), round(n), round(n, 1), round(n, None), round(number=n, ndigits=0))


class OnlyIndex:
    def __index__(self):
        return 12


print(int(OnlyIndex()), float(OnlyIndex()), int(OnlyIndex()) + 1)


class Sub(Num):
    def __int__(self):
        return -1


print(int(Sub(5)), float(Sub(5)))


class BadInt:
    def __int__(self):
        return "x"

    def __float__(self):
        return 1

    def __round__(self):
        return "no digits"


class BigIndex:
    def __index__(self):
        return 10 ** 400


class Plain:
    pass


tests = [
    lambda: int(BadInt()),
    lambda: float(BadInt()),
    lambda: round(BadInt()),
    lambda: round(BadInt(), 2),
    lambda: int(Plain()),
    lambda: float(Plain()),
    lambda: round(Plain()),
    lambda: float(BigIndex()),
    lambda: int(BigIndex()) == 10 ** 400,
    lambda: int(OnlyIndex(), 10),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


class Raising:
    def __int__(self):
        raise ValueError("no int for you")


try:
    int(Raising())
except ValueError as e:
    print("ValueError:", e)
