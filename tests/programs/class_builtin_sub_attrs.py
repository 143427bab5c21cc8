# Instances of builtin subclasses keep attributes: __dict__, vars, slots, properties, class attributes.
class Vector(list):
    dims = "n"

    def __init__(self, *xs):
        super().__init__(xs)
        self.label = "v"

    @property
    def norm2(self):
        return sum(x * x for x in self)

    @norm2.setter
    def norm2(self, value):
        raise AttributeError("read only")

    @classmethod
    def zeros(cls, n):
        return cls(*([0] * n))

    @staticmethod
    def kind():
        return "vector"


v = Vector(3, 4)
print(v, v.label, v.norm2, v.dims, Vector.zeros(3), type(Vector.zeros(2)).__name__, v.kind(), Vector.kind())
v.extra = 1
print(v.__dict__, vars(v), hasattr(v, "extra"), getattr(v, "missing", "default"), v.__class__.__name__)
del v.extra
print(v.__dict__)
try:
    v.norm2 = 5
except AttributeError as e:
    print("AttributeError:", e)
try:
    v.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Slotted(list):
    __slots__ = ("a",)


s = Slotted([1])
s.a = 5
print(s, s.a)
try:
    s.b = 1
except AttributeError as e:
    print("AttributeError:", e)


class Pt(tuple):
    __slots__ = ()
    x = property(lambda self: self[0])


p = Pt((7, 8))
print(p.x, p)
try:
    p.y = 1
except AttributeError as e:
    print("AttributeError:", e)


class Money(float):
    currency = "EUR"

    def __new__(cls, amount, currency=None):
        self = super().__new__(cls, amount)
        if currency:
            self.currency = currency
        return self

    def __str__(self):
        return f"{float(self):.2f} {self.currency}"


print(Money(3), Money(2.5, "USD"), Money(1).currency, Money(1, "GBP").__dict__, Money(2) + Money(3))
Vector.dims = "changed"
print(v.dims, Vector(1).dims)
