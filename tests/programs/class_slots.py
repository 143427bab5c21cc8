# __slots__: instances without a __dict__, attributes limited to the slots (of the class and its bases),
# AttributeErrors worded as CPython's, the checks made when the class is made; a subclass without
# __slots__ has a __dict__ again.
class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm2(self):
        return self.x * self.x + self.y * self.y


v = Vec(3, 4)
print(v.norm2(), hasattr(v, "__dict__"), Vec.__slots__)
for action in (lambda: setattr(v, "z", 1), lambda: v.__dict__, lambda: vars(v), lambda: delattr(v, "z")):
    try:
        print(action())
    except (AttributeError, TypeError) as e:
        print(type(e).__name__ + ":", e)
del v.y
for action in (lambda: v.y, lambda: delattr(v, "y")):
    try:
        print(action())
    except AttributeError as e:
        print("AttributeError:", e)
v.y = 10
print(v.norm2())


class Vec3(Vec):
    __slots__ = "z"

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


w = Vec3(1, 2, 3)
print(w.norm2() + w.z * w.z, hasattr(w, "__dict__"))
try:
    w.t = 0
except AttributeError as e:
    print("AttributeError:", e)


class Loose(Vec):
    pass


lo = Loose(1, 1)
lo.extra = "fine"
print(lo.extra, lo.norm2())


class Const:
    __slots__ = ("a",)
    limit = 10


c = Const()
try:
    c.limit = 5
except AttributeError as e:
    print("AttributeError:", e)


class Empty:
    __slots__ = ()


class Mixed(Vec, Empty):
    __slots__ = ("w",)


m = Mixed(1, 2)
m.w = 3
print(m.norm2(), m.w)


class WithDict:
    __slots__ = ("__dict__",)


wd = WithDict()
wd.anything = 1
print(wd.__dict__)

for name, bases, ns in (("Conflict", (), {"__slots__": ("x",), "x": 1}),
                        ("NotStr", (), {"__slots__": ("a", 2)}),
                        ("Layout", (Vec, Const), {})):
    try:
        type(name, bases, ns)
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)


def make(n):
    return [Vec(i, -i) for i in range(n)]


print(sum([p.norm2() for p in make(300)]))
