# Dunders assigned to or deleted from a class (or a base) after it is made take effect at once.
class A:
    pass


class B(A):
    pass


a, b = A(), B()
print(len([a]), bool(b))
A.__len__ = lambda self: 7
print(len(a), len(b), bool(b))
A.__repr__ = lambda self: "an A"
print(repr(a), repr(b), [b])
B.__repr__ = lambda self: "a B"
print(repr(a), repr(b))
del B.__repr__
print(repr(b))
del A.__len__
try:
    len(b)
except TypeError as e:
    print("TypeError:", e)
A.__eq__ = lambda self, other: True
print(a == 1, b == 2, b != 3)
A.__call__ = lambda self, x: x * 2
print(a(4), b(5))
setattr(A, "__getitem__", lambda self, i: i + 100)
print(a[1], b[2], [b[i] for i in range(3)])
