# __init__ of a list subclass, super().__init__, and the builtin's __new__ ignoring arguments.
class L(list):
    def __init__(self, *args, scale=1):
        super().__init__(*args)
        self.scale = scale

    def scaled(self):
        return [x * self.scale for x in self]


a = L([1, 2, 3], scale=10)
print(a, a.scale, a.scaled())
b = L()
print(b, b.scale)


class Pair(list):
    def __init__(self, a, b):
        list.__init__(self, (a, b))


p = Pair(1, 2)
print(p, len(p), p[0] + p[1])
list.__init__(p, [9])
print(p)


class NoSuper(list):
    def __init__(self, n):
        self.n = n


q = NoSuper(5)
print(q, q.n, len(q))
q.append(1)
print(q)


class Deeper(L):
    pass


d = Deeper("xy", scale=2)
print(d, d.scaled(), type(d).__name__, isinstance(d, L), isinstance(d, list), Deeper.__mro__)
try:
    L(1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    L(5)
except TypeError as e:
    print("TypeError:", e)
