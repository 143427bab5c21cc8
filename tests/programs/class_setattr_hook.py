# A class's __setattr__ and __delattr__ are called for every store and del on its instances, __init__'s
# included; object.__setattr__ and super().__setattr__ store from inside them; subclasses inherit them.
class Logged:
    def __init__(self, x):
        self.x = x
        self.y = x + 1

    def __setattr__(self, name, value):
        print("set", name, value)
        object.__setattr__(self, name, value * 10)

    def __delattr__(self, name):
        print("del", name)
        super().__delattr__(name)


a = Logged(1)
print(a.x, a.y)
a.z = 3
print(a.z, sorted(vars(a)))
del a.z
print(hasattr(a, "z"))
try:
    del a.z
except AttributeError as e:
    print("AttributeError:", e)
setattr(a, "w", 4)
print(getattr(a, "w"))
delattr(a, "w")
print(hasattr(a, "w"))


class Child(Logged):
    def __setattr__(self, name, value):
        print("child", name)
        super().__setattr__(name, value + 100)


c = Child(2)
print(c.x, c.y)
del c.x
print(hasattr(c, "x"))


class Frozen:
    def __init__(self, v):
        object.__setattr__(self, "v", v)

    def __setattr__(self, name, value):
        raise AttributeError(f"cannot assign to field {name!r}")

    def __delattr__(self, name):
        raise AttributeError(f"cannot delete field {name!r}")


f = Frozen(7)
print(f.v)
for action in (lambda: setattr(f, "v", 8), lambda: delattr(f, "v")):
    try:
        action()
    except AttributeError as e:
        print("AttributeError:", e)
try:
    f.v = 9
except AttributeError as e:
    print("AttributeError:", e)
print(f.v)


class OnlyDel:
    def __delattr__(self, name):
        print("only del", name)


o = OnlyDel()
o.a = 1
del o.a
print(o.a)


class Counting:
    stores = 0

    def __setattr__(self, name, value):
        Counting.stores += 1
        object.__setattr__(self, name, value)


def fill(n):
    objs = []
    for i in range(n):
        p = Counting()
        p.a = i
        p.b = i * 2
        objs.append(p)
    return objs


print(sum([p.a + p.b for p in fill(200)]), Counting.stores)
