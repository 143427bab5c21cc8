# __hash__ through the slot; __eq__ alone makes instances unhashable; __hash__ = None.
class K:
    def __init__(self, k):
        self.k = k

    def __eq__(self, other):
        return isinstance(other, K) and self.k == other.k

    def __hash__(self):
        return hash(self.k)


d = {K(1): "one", K(2): "two"}
print(d[K(1)], K(2) in d, len({K(1): 0, K(1): 1, K(3): 2}), hash(K(5)) == hash(5))


class Big:
    def __hash__(self):
        return 2 ** 62


class MinusOne:
    def __hash__(self):
        return -1


class Huge:
    def __hash__(self):
        return 2 ** 100


print(hash(Big()), hash(MinusOne()), hash(Huge()) == hash(2 ** 100))


class EqOnly:
    def __eq__(self, other):
        return True


print(EqOnly.__hash__)
for bad in (EqOnly(), ):
    try:
        hash(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    {EqOnly(): 1}
except TypeError as e:
    print("TypeError:", e)


class NoHash:
    __hash__ = None


try:
    print({NoHash(): 1})
except TypeError as e:
    print("TypeError:", e)


class Inherits(K):
    pass


print(hash(Inherits(7)) == hash(7))


class BadHash:
    def __hash__(self):
        return "x"


try:
    hash(BadHash())
except TypeError as e:
    print("TypeError:", e)


class Plain:
    pass


p = Plain()
print(hash(p) == hash(p), p.__hash__() == hash(p), {p: 1}[p])
