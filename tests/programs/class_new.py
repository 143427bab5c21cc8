# __new__ defined by a class: an implicit static method called with the class and the call's
# arguments; object.__new__(cls) makes the instance; __init__ runs only when __new__ returns an
# instance of the class (or a subclass); super().__new__ and object.__new__'s argument checks.
class Point:
    def __new__(cls, x, y):
        print("new", cls.__name__, x, y)
        self = object.__new__(cls)
        self.made_by_new = True
        return self

    def __init__(self, x, y):
        print("init", x, y)
        self.x, self.y = x, y


p = Point(1, 2)
print(p.x, p.y, p.made_by_new, type(Point.__dict__["__new__"]).__name__, Point.__new__.__name__)


class Singleton:
    _it = None

    def __new__(cls):
        if cls._it is None:
            cls._it = super().__new__(cls)
        return cls._it


print(Singleton() is Singleton())


class NotMine:
    def __new__(cls, v):
        return v * 2

    def __init__(self, v):
        print("never called")


print(NotMine(21), NotMine("ab"))


class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)


class Child(Base):
    def __init__(self, a, b=0):
        print("Child.__init__", a, b)


c = Child(5, 6)
print(type(c).__name__)


class Sub(Point):
    pass


s = Sub(3, 4)
print(type(s).__name__, s.x)


class Other:
    def __new__(cls):
        return Sub.__new__(Sub, 7, 8)

    def __init__(self):
        print("not for a Sub")


o = Other()
print(type(o).__name__, hasattr(o, "x"))


class NoInit:
    pass


class TooMany:
    def __new__(cls, *args):
        return object.__new__(cls, *args)


tests = [
    lambda: object.__new__(NoInit).__class__.__name__,
    lambda: object.__new__(NoInit, 1),
    lambda: object.__new__(Child, 1).__class__.__name__,
    lambda: TooMany(1),
    lambda: object.__new__(5),
    lambda: object.__new__(int),
    lambda: object.__new__(),
    lambda: NoInit(1),
]
for f in tests:
    try:
        print(f())
    except TypeError as e:
        print("TypeError:", e)
