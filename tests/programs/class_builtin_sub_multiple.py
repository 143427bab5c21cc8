# Several classes deriving from one builtin, mixins, and cooperative super() chains.
class Base(list):
    def __init__(self, *args):
        print("Base.__init__", type(self).__name__)
        super().__init__(*args)


class Left(Base):
    def __init__(self, *args):
        print("Left.__init__")
        super().__init__(*args)

    def who(self):
        return "left"


class Right(Base):
    def __init__(self, *args):
        print("Right.__init__")
        super().__init__(*args)

    def who(self):
        return "right"

    def append(self, x):
        super().append(("r", x))


class Both(Left, Right):
    pass


b = Both([1])
b.append(2)
print(b, b.who(), [c.__name__ for c in Both.__mro__], isinstance(b, list), len(b))


class Jsonish:
    def dumps(self):
        if isinstance(self, dict):
            return "{" + ", ".join('"%s": %s' % (k, v) for k, v in self.items()) + "}"
        return "[" + ", ".join(str(x) for x in self) + "]"


class JDict(Jsonish, dict):
    pass


class JList(Jsonish, list):
    pass


print(JDict(a=1, b=2).dumps(), JList([1, 2]).dumps(), JDict.__mro__[1].__name__, JList().dumps())


class Counted(int):
    instances = 0

    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        cls.instances = 0

    def __new__(cls, v):
        cls.instances += 1
        return super().__new__(cls, v)


class Meters(Counted):
    unit = "m"


class Feet(Counted):
    unit = "ft"


print(Meters(3) + Feet(2), Meters.instances, Feet.instances, Counted.instances, Meters(1).unit, Feet(1).__class__.__name__)
print(Meters.instances, issubclass(Meters, int), Meters(5) == Feet(5), sorted([Feet(3), Meters(1)]))
