# Bound methods are new objects at each access, yet equal and hashing alike when they bind the
# same function (or builtin method) to the same object, as in CPython.
class A:
    def m(self):
        return 1

    def n(self):
        return 2


a, b = A(), A()
print(a.m == a.m, a.m != a.m, a.m is a.m, hash(a.m) == hash(a.m))
print(a.m == b.m, a.m == a.n, a.m == A.m, a.m == 1, a.m < a.m if False else "skip")
print(len({a.m, a.m, b.m}), {a.m: "x"}[a.m])
d = {}
print(d.get == d.get, hash(d.get) == hash(d.get), d.get == {}.get, d.get == d.pop)
print([].append == [].append, len({d.get, d.get, d.setdefault}))
s = "abc"
print(s.upper == s.upper, s.find == "abc".find, hash(s.find) == hash(s.find))
print(print == print, len == print)
try:
    a.m < a.m
except TypeError as e:
    print(e)
try:
    d.get <= d.get
except TypeError as e:
    print(e)
