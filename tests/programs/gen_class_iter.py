# __iter__ written as a generator, the common way to make a class iterable.
class Countdown:
    def __init__(self, start):
        self.start = start

    def __iter__(self):
        n = self.start
        while n > 0:
            yield n
            n -= 1

    def evens(self):
        return (n for n in self if n % 2 == 0)


c = Countdown(5)
print(list(c), list(c))
print([x for x in c if x > 2])
print(list(c.evens()), sum(c), 3 in c, 7 in c)
for a, b in zip(c, Countdown(3)):
    print(a, b)


class Tree:
    def __init__(self, value, children=()):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child


t = Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(t), max(t), sorted(t, reverse=True))
it = iter(t)
print(next(it), type(it).__name__, it.__qualname__)
