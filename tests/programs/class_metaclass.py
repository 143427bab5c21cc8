# Metaclasses: a class deriving from type whose __new__, __init__ and __call__ run for the class
# statement and for calls of its classes; the class keywords reach them; subclasses inherit the
# metaclass; its methods and properties are the classes' attributes; __prepare__; conflicts.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, [b.__name__ for b in bases], sorted([k for k in ns if not k.startswith("__")]), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.tag = kw.get("tag", "none")
        return cls

    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)

    def __call__(cls, *args, **kwargs):
        print("Meta.__call__", cls.__name__, args, kwargs)
        return super().__call__(*args, **kwargs)

    def describe(cls):
        return f"{cls.__name__} tagged {cls.tag}"

    @property
    def upper_name(cls):
        return cls.__name__.upper()


class Base(metaclass=Meta, tag="base"):
    def __init__(self, v=0):
        self.v = v

    def method(self):
        return self.v * 2


class Child(Base, tag="child"):
    extra = 1


b = Base(3)
c = Child(v=5)
print(b.method(), c.method(), Base.describe(), Child.describe(), Child.upper_name)
print(type(Base) is Meta, type(Child).__name__, isinstance(Child, Meta), isinstance(Child, type), isinstance(c, Base))
print(Meta.__mro__, Base, repr(Child))
print(issubclass(Meta, type), Child.__mro__)


class Singleton(type):
    def __call__(cls, *args):
        if "_instance" not in vars(cls):
            cls._instance = super().__call__(*args)
        return cls._instance


class Config(metaclass=Singleton):
    def __init__(self):
        print("Config made once")


print(Config() is Config())

registry = []


class Registering(type):
    def __init__(cls, name, bases, ns):
        super().__init__(name, bases, ns)
        if bases:
            registry.append(name)


class Plugin(metaclass=Registering):
    pass


class A(Plugin):
    pass


class B(A):
    pass


print(registry)


class Prepared(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 42}


class P(metaclass=Prepared):
    seen = injected + 1


print(P.injected, P.seen)


def function_meta(name, bases, ns):
    print("function metaclass", name, sorted([k for k in ns if not k.startswith("__")]))
    return 7


class NotAClass(metaclass=function_meta):
    x = 1


print(NotAClass)


class Other(type):
    pass


class O(metaclass=Other):
    pass


try:
    class Both(Base, O):
        pass
except TypeError as e:
    print("TypeError:", e)
Dyn = Meta("Dyn", (Base,), {"z": 1})
print(Dyn.describe(), Dyn().method(), type(Dyn).__name__)
try:
    object.__new__(Meta)
except TypeError as e:
    print("TypeError:", e)
try:
    Base.no_such_thing
except AttributeError as e:
    print("AttributeError:", e)


class Dynamic(type):
    def __getattr__(cls, name):
        return "meta " + name

    def __setattr__(cls, name, value):
        print("Dynamic.__setattr__", name)
        super().__setattr__(name, value)


class D(metaclass=Dynamic):
    known = 1


D.x = 2
print(D.known, D.x, D.missing, getattr(D, "other"))
for attempt in (lambda: object.__setattr__(D, "y", 1), lambda: type.__new__(5, "X", (), {}),
                lambda: type.__new__(Base, "X", (), {})):
    try:
        attempt()
    except TypeError as e:
        print("TypeError:", e)
Made = type("Made", (Base,), {"w": 3})
print(type(Made).__name__, Made.tag, Made.describe())


class KeywordPrepared(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare with", kw)
        return {"scale": kw.get("scale", 1)}

    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, ns)


class Scaled(metaclass=KeywordPrepared, scale=3):
    doubled = scale * 2


print(Scaled.doubled)
