# __getattribute__ is called for every attribute load (methods and __class__ too), object.__getattribute__
# does the ordinary lookup from inside it, and an AttributeError from it falls back to __getattr__.
class Traced:
    def __init__(self):
        self.a = 1

    def __getattribute__(self, name):
        print("get", name)
        return object.__getattribute__(self, name)

    def method(self, k):
        return self.a + k


t = Traced()
print(t.a)
print(t.method(2))
print(t.__class__.__name__)
t.b = 5
print(t.b)
print(getattr(t, "a"), hasattr(t, "zz"))
try:
    t.missing
except AttributeError as e:
    print("AttributeError:", e)


class WithFallback:
    x = 10

    def __getattribute__(self, name):
        if name.startswith("hidden"):
            raise AttributeError(name)
        return super().__getattribute__(name)

    def __getattr__(self, name):
        return "fallback for " + name


w = WithFallback()
print(w.x, w.hidden_one, w.other)
print(getattr(w, "hidden2", "default"))


class Virtual:
    def __getattribute__(self, name):
        if name == "answer":
            return 42
        if name == "boom":
            raise KeyError(name)
        return object.__getattribute__(self, name)


v = Virtual()
print(v.answer)
try:
    v.boom
except KeyError as e:
    print("KeyError:", e)
try:
    v.nothing
except AttributeError as e:
    print("AttributeError:", e)


class Sub(Traced):
    pass


s = Sub()
print(s.method(10))


class Prop:
    @property
    def p(self):
        raise AttributeError("from the property")

    def __getattr__(self, name):
        return "getattr " + name


print(Prop().p)


class Loop:
    def __getattribute__(self, name):
        return self.other


try:
    Loop().x
except RecursionError as e:
    print("RecursionError:", e)


def hot(o, n):
    total = 0
    for i in range(n):
        total += o.answer
    return total


print(hot(v, 300))
