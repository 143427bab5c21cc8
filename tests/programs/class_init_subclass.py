# __init_subclass__ runs (as a class method) for every subclass made, after __set_name__, with the class
# keywords; object's takes none; type(name, bases, ns) runs it too; __class_getitem__ serves A[x].
class Plugin:
    registry = {}

    def __init_subclass__(cls, name=None, **kw):
        print("init_subclass", cls.__name__, name, kw)
        super().__init_subclass__(**kw)
        Plugin.registry[name or cls.__name__.lower()] = cls


class Csv(Plugin, name="csv"):
    pass


class Json(Plugin):
    pass


class Yaml(Json, name="yaml"):
    pass


print(sorted(Plugin.registry), Plugin.registry["csv"] is Csv)
T = type("Toml", (Plugin,), {})
print(sorted(Plugin.registry))
print(Plugin.__init_subclass__.__self__ is Plugin, type(Plugin.__dict__["__init_subclass__"]).__name__)


class Field:
    def __set_name__(self, owner, name):
        print("set_name", owner.__name__, name)
        self.name = name


class Ordered:
    def __init_subclass__(cls):
        print("fields of", cls.__name__, [k for k, v in vars(cls).items() if isinstance(v, Field)])


class Model(Ordered):
    a = Field()
    b = Field()


for bad in (lambda: type("Bad", (Plugin,), {}) and Plugin.__init_subclass__(1),):
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
try:
    class Wrong(Plugin, name="w", colour="red"):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Plain(flag=True):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    object.__init_subclass__(1)
except TypeError as e:
    print("TypeError:", e)
print(object.__init_subclass__() is None)


class Box:
    def __class_getitem__(cls, item):
        return f"{cls.__name__}[{item.__name__ if isinstance(item, type) else item}]"


class SubBox(Box):
    pass


print(Box[int], SubBox["x"], Box[1, 2])


class NoItems:
    pass


try:
    NoItems[int]
except TypeError as e:
    print("TypeError:", e)
