# An IntEnum-like class written with an int subclass and a metaclass-free registry.
class Enumish(int):
    _members = None

    def __new__(cls, value, name=None):
        if name is None:
            return cls._members[value]
        self = super().__new__(cls, value)
        self._name = name
        return self

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls._members = {}

    @classmethod
    def add(cls, name, value):
        member = cls(value, name)
        cls._members[value] = member
        setattr(cls, name, member)
        return member

    @property
    def name(self):
        return self._name

    @property
    def value(self):
        return int(self)

    def __repr__(self):
        return f"<{type(self).__name__}.{self._name}: {int(self)}>"

    __str__ = int.__repr__


class Status(Enumish):
    pass


for i, n in enumerate(["OK", "WARN", "FAIL"]):
    Status.add(n, i)

print(Status.OK, repr(Status.WARN), Status(2), Status(2) is Status.FAIL, Status.FAIL.name, Status.FAIL.value)
print(Status.WARN + 1, Status.WARN == 1, Status.WARN < Status.FAIL, sorted([Status.FAIL, Status.OK]), max(Status._members.values()))
print(["ok", "warn", "fail"][Status.FAIL], {0: "zero"}[Status.OK], Status.OK in {0}, hash(Status.WARN), f"{Status.FAIL}", str(Status.OK))
print(isinstance(Status.OK, int), type(Status.OK).__name__, Status.OK.bit_length(), -Status.FAIL, Status.FAIL * 10, Status.FAIL // 2)
print("%d %s %r" % (Status.FAIL, Status.FAIL, Status.FAIL), bool(Status.OK), bool(Status.WARN), int(Status.FAIL) + 0.5)
try:
    Status(9)
except KeyError as e:
    print("KeyError", e)


class Flag(int):
    def __or__(self, other):
        return Flag(int(self) | int(other))

    def __and__(self, other):
        return Flag(int(self) & int(other))

    def __repr__(self):
        return f"Flag({int(self):#b})"


r, w = Flag(1), Flag(2)
print(r | w, (r | w) & w, type(r | 4).__name__, r ^ w, type(r ^ w).__name__, 4 | r, type(4 | r).__name__, r + w)
