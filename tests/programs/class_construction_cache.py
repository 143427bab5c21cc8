# Calling a class finds __new__ and __init__ once per version of the class: replacing, adding or
# deleting them on the class or on a base, or changing the bases' methods, takes effect at the next call.
class Base:
    def __init__(self, x):
        self.x = x


class Child(Base):
    pass


def make(cls, n):
    return [cls(i).x for i in range(n)]


print(make(Child, 3))
Base.__init__ = lambda self, x: setattr(self, "x", x * 10)
print(make(Child, 3))
Child.__init__ = lambda self, x: setattr(self, "x", -x)
print(make(Child, 3))
del Child.__init__
print(make(Child, 3))


def new(cls, x):
    obj = object.__new__(cls)
    obj.made_by_new = True
    return obj


Base.__new__ = new
c = Child(4)
print(c.x, c.made_by_new)
Base.__new__ = lambda cls, *args: object.__new__(cls)
c = Child(5)
print(c.x, hasattr(c, "made_by_new"))
del Base.__init__
try:
    Child(1)
except TypeError as e:
    print(e)
print(type(Child()).__name__)
for _ in range(200):               # hot: compiled callers see the changes too
    k = Child()
Child.__init__ = lambda self: setattr(self, "late", 1)
print(Child().late)
