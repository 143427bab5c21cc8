# __repr__ and __str__ through the type's slots: repr(), str(), print, f-strings, containers.
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"P({self.x!r}, {self.y!r})"


class Q(P):
    def __str__(self):
        return "Q with " + str(self.x)


p = P(1, "a")
print(repr(p), str(p), p)
print([p, P(2, None)], (p,), {"k": p})
q = Q(3, 4)
print(repr(q), str(q), q, [q])
print(f"{q} {q!r} {q!s}")
print(q.__repr__(), q.__str__(), P.__repr__(q))


class Plain:
    pass


x = Plain()
print(repr(x) == object.__repr__(x), str(x) == repr(x))


class Bad:
    def __repr__(self):
        return 42


class BadStr:
    def __str__(self):
        return None


for v in (Bad(), BadStr()):
    try:
        print(str(v))
    except TypeError as e:
        print("TypeError:", e)
try:
    repr(Bad())
except TypeError as e:
    print("TypeError:", e)


class Deep:
    def __repr__(self):
        return repr(self)


try:
    repr(Deep())
except RecursionError as e:
    print("RecursionError")
