# reversed() of instances: __reversed__, else the sequence protocol (__len__ and __getitem__ backwards,
# IndexError ending it early); __reversed__ = None and classes without either are not reversible.
class Deck:
    def __init__(self, cards):
        self.cards = cards

    def __reversed__(self):
        print("reversed called")
        return iter(self.cards[::-1])


print(list(reversed(Deck([1, 2, 3]))))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, k):
        print("item", k)
        return k * k


r = reversed(Seq())
print(type(r).__name__, list(r), list(r))


class Short:
    def __len__(self):
        return 5

    def __getitem__(self, k):
        if k >= 3:
            raise IndexError(k)
        return k


print(list(reversed(Short())))


class NoLen:
    def __getitem__(self, k):
        return k


class Blocked(Seq):
    __reversed__ = None


class Nothing:
    pass


class Weird:
    def __reversed__(self):
        return 42


for thing in (NoLen(), Blocked(), Nothing(), Weird()):
    try:
        print(reversed(thing))
    except TypeError as e:
        print("TypeError:", e)


class Fails:
    def __len__(self):
        return 2

    def __getitem__(self, k):
        raise KeyError(k)


try:
    print(list(reversed(Fails())))
except KeyError as e:
    print("KeyError:", e)
