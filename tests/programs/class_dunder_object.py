# object's own methods, reached through super() and the class: __init__, __repr__, __str__, __eq__,
# __ne__, __hash__.
class Base:
    def __init__(self, x):
        super().__init__()
        self.x = x


class Named(Base):
    def __init__(self, x, name):
        super().__init__(x)
        self.name = name

    def __repr__(self):
        inner = super().__repr__()
        return "Named " + str(inner[:28] == "<__main__.Named object at 0x")

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return super().__hash__() * 0 + 5


n = Named(1, "n")
print(n.x, n.name, repr(n), str(n), n == n, n == Named(1, "n"), n != n, hash(n))
print(object.__eq__(n, n), object.__eq__(n, 1), object.__ne__(n, n), object.__str__(n))
object.__init__(n)


class Plain:
    pass


p = Plain()
print(p.__init__() is None, Plain.__init__ is object.__init__)
try:
    super(Base, n).__init__(1)
except TypeError as e:
    print("TypeError:", e)
try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
