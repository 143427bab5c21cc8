# tuple subclasses: __new__ through super(), namedtuple-like classes with properties.
class Point(tuple):
    __slots__ = ()

    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]

    @property
    def y(self):
        return self[1]

    def __repr__(self):
        return f"Point(x={self.x!r}, y={self.y!r})"

    def __add__(self, other):
        return Point(self.x + other.x, self.y + other.y)


p = Point(1, 2)
q = Point(10, 20)
print(p, q, p + q, p.x, p.y, len(p), p[0], p[-1], tuple(p), list(p), type(p).__name__)
print(p == (1, 2), (1, 2) == p, hash(p) == hash((1, 2)), {p: "p"}[(1, 2)], p < q, sorted([q, p]))
x, y = p
print(x, y, *p, p.count(1), p.index(2), p[::-1], type(p[::-1]).__name__, 1 in p)
try:
    p.z = 3
except AttributeError as e:
    print("AttributeError:", e)
try:
    p[0] = 5
except TypeError as e:
    print("TypeError:", e)


class Row(tuple):
    def __new__(cls, *values):
        return tuple.__new__(cls, values)

    def total(self):
        return sum(self)


r = Row(1, 2, 3)
r.tag = "row"
print(r, r.total(), r.tag, r + (4,), type(r + (4,)).__name__, r * 2, Row(), len(Row()), bool(Row()))


class T(tuple):
    pass


print(T([1, 2]), T("ab"), T(), T(range(3)) == (0, 1, 2), isinstance(T(), tuple), str(T((1,))))
