# expect-exit: 1
# expect-stderr: AttributeError: 'Proxy' proxies nothing called 'no_at_all'
# __getattr__ is called for attributes the normal lookup does not find (instance, class, bases), and
# only for those; hasattr and getattr with a default go through it; AttributeError from it is final.
class Proxy:
    def __init__(self, target):
        self.target = target
        self.misses = 0

    def __getattr__(self, name):
        self.misses += 1
        if name.startswith("no_"):
            raise AttributeError(f"{type(self).__name__!r} proxies nothing called {name!r}")
        return getattr(self.target, name)

    def own(self):
        return "own method"


class Target:
    colour = "red"

    def shout(self, word):
        return word.upper()


p = Proxy(Target())
for _ in range(1500):
    c = p.colour
shout = p.shout
print(c, shout("hi"), p.own(), p.target.colour, p.misses)
print(hasattr(p, "colour"), hasattr(p, "no_such"), getattr(p, "no_thing", "default"), p.misses)


class Sub(Proxy):
    pass


s = Sub(Target())
print(s.colour, s.misses)
try:
    s.no_way
except AttributeError as e:
    print("AttributeError:", e)


class Counter:
    def __getattr__(self, name):
        return len(name)


c = Counter()
c.real = 1
print(c.real, c.abc, c.abcdef)
Counter.__getattr__ = lambda self, name: name * 2
print(c.xy)
del Counter.__getattr__
print(p.no_at_all)
