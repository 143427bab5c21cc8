# Dunders added to or removed from a builtin subclass after it was made take effect at once.
class L(list):
    pass


x = L([1, 2, 3])


def show():
    print(len(x), x[0], 2 in x, list(x), repr(x), x == [1, 2, 3])


show()
L.__len__ = lambda self: 100
L.__getitem__ = lambda self, i: "patched"
L.__contains__ = lambda self, v: False
L.__repr__ = lambda self: "L!"
show()
del L.__len__
del L.__getitem__
del L.__contains__
del L.__repr__
show()


class Sub(L):
    pass


y = Sub([5])
L.__iter__ = lambda self: iter(["from L"])
print(list(y), list(x), [v for v in y])
del L.__iter__
print(list(y))
