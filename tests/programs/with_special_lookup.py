# __enter__ and __exit__ are special methods: found on the type through its MRO, bound by the
# descriptor protocol (a property's getter runs when the with looks it up), never through __getattr__
class Dynamic:
    def __getattr__(self, name):
        print("__getattr__ asked for", name)
        return lambda *args: None


try:
    with Dynamic():
        pass
except TypeError as e:
    print(e)


class Getter:
    def __get__(self, obj, owner):
        print("__get__", self.name, type(obj).__name__, owner.__name__)
        return lambda *args: print(self.name, "called with", args)

    def __set_name__(self, owner, name):
        self.name = name


class ByDescriptors:
    __enter__ = Getter()
    __exit__ = Getter()


with ByDescriptors() as x:
    print("body", x)


class ByProperty:
    @property
    def __enter__(self):
        print("property __enter__ looked up")
        return lambda: "from the property"

    def __exit__(self, *exc):
        print("plain __exit__", exc)


with ByProperty() as y:
    print(y)


class Base:
    def __enter__(self):
        print("Base.__enter__", type(self).__name__)
        return self

    def __exit__(self, exc_type, exc, tb):
        print("Base.__exit__", exc_type)
        return False


class Derived(Base):
    def __exit__(self, exc_type, exc, tb):
        print("Derived.__exit__ first")
        super().__exit__(exc_type, exc, tb)
        return exc_type is KeyError


with Derived():
    raise KeyError("swallowed by Derived")
m = Derived()
Derived.__enter__ = lambda self: "patched after the instance was made"
with m as z:
    print(z)
del Derived.__exit__
try:
    with m:
        raise KeyError("Base's __exit__ now: passed on")
except KeyError as e:
    print("caught", e)
