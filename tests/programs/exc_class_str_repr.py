# User __str__ and __repr__ on exceptions: print, str, repr, f-strings, containers.
class Fancy(Exception):
    def __init__(self, n):
        self.n = n

    def __str__(self):
        return f"fancy #{self.n}"

    def __repr__(self):
        return f"Fancy<{self.n}>"


class ReprOnly(Exception):
    def __repr__(self):
        return "ReprOnly!"


class StrOnly(KeyError):
    def __str__(self):
        return "custom key message"


f = Fancy(3)
print(f, str(f), repr(f), [f], (f,), {"k": f})
print(f"{f} {f!r} {f!s}", "%s %r" % (f, f), "{} {!r}".format(f, f))
r = ReprOnly("kept")
print(r, str(r), repr(r), [r])
s = StrOnly("k")
print(s, repr(s), [s])

class Child(Fancy):
    pass


print(Child(4), repr(Child(5)))

class UsesBase(Exception):
    def __str__(self):
        return "<" + super().__str__() + ">"

    def __repr__(self):
        return "UsesBase/" + Exception.__repr__(self)


u = UsesBase("a", 1)
print(u, repr(u))
print(BaseException.__str__(ValueError("direct")), BaseException.__repr__(KeyError("k")))
try:
    BaseException.__str__(5)
except TypeError as t:
    print("TypeError:", t)
