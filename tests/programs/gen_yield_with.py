# yield inside with statements: __enter__ and __exit__ run around the suspension, an exception
# thrown in reaches __exit__, which may swallow it; closing the generator runs __exit__ with
# GeneratorExit; several managers in one with.
class Manager:
    def __init__(self, name, swallow=False):
        self.name = name
        self.swallow = swallow

    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()

    def __exit__(self, typ, value, tb):
        print("exit", self.name, typ.__name__ if typ else None, value)
        return self.swallow


def managed(name, swallow=False):
    with Manager(name, swallow) as value:
        yield value
        yield value + "!"
    yield "after " + name


print(list(managed("a")))
g = managed("b")
print(next(g))
try:
    g.throw(ValueError("boom"))
except ValueError as e:
    print("escaped", e)
g = managed("c", swallow=True)
print(next(g), g.throw(KeyError("k")))
g = managed("d")
next(g)
g.close()
print("closed", g.gi_frame)


def two_managers():
    with Manager("x") as x, Manager("y") as y:
        got = yield x + y
        print("got", got)
    yield "done"


t = two_managers()
print(next(t), t.send(42), list(t))
