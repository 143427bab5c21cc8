# property, classmethod, staticmethod and user descriptors, with CPython's precedence: data
# descriptors over instance attributes over non-data descriptors.
class Temp:
    def __init__(self, c):
        self._c = c

    @property
    def c(self):
        "degrees Celsius"
        return self._c

    @c.setter
    def c(self, v):
        print("set", v)
        self._c = v

    @c.deleter
    def c(self):
        print("del")
        del self._c

    f = property(lambda self: self._c * 9 / 5 + 32, doc="Fahrenheit")

    @classmethod
    def zero(cls):
        return cls(0)

    @staticmethod
    def add(a, b):
        return a + b


t = Temp(10)
print(t.c, t.f)
t.c = 20
print(t.c, t.f, Temp.c.__doc__, Temp.f.__doc__, type(Temp.c).__name__)
del t.c
print(hasattr(t, "c"), hasattr(t, "_c"))
for action in (lambda: setattr(t, "f", 1), lambda: delattr(t, "f")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
print(Temp.zero().c, t.zero().c, Temp.add(1, 2), t.add(3, 4), Temp.__dict__["add"](5, 6))
print(Temp.c.fget is not None, Temp.c.fset is not None, Temp.f.fset)


class Sub(Temp):
    pass


print(type(Sub.zero()).__name__, Sub(5).f)


class NoGet:
    x = property()


try:
    NoGet().x
except AttributeError as e:
    print("AttributeError:", e)


class Data:
    def __get__(self, obj, owner):
        print("Data.__get__", obj is None, owner.__name__)
        return 42

    def __set__(self, obj, value):
        print("Data.__set__", value)

    def __delete__(self, obj):
        print("Data.__delete__")


class NonData:
    def __get__(self, obj, owner):
        return "nondata"


class Named:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return "named " + self.name


class Host:
    d = Data()
    n = NonData()
    who = Named()

    def __init__(self):
        self.__dict__["d"] = "instance d"
        self.n = "instance n"


h = Host()
print(h.d, h.n, Host.d, Host.n, h.who, Host.who.name)
h.d = 5
del h.d
print(vars(h))


class Counter:
    count = 0

    @classmethod
    def bump(cls):
        cls.count += 1
        return cls.count


Counter.bump()
print(Counter().bump(), Counter.count)
