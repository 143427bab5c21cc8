# Generators as methods: __iter__ written as a generator, instance, class and static methods,
# properties returning generators, subclasses extending the parent's generator with yield from.
class Tree:
    def __init__(self, value, *children):
        self.value = value
        self.children = list(children)

    def __iter__(self):
        yield self.value
        for child in self.children:
            yield from child

    def levels(self, depth=0):
        yield depth, self.value
        for child in self.children:
            yield from child.levels(depth + 1)

    @classmethod
    def numbers(cls, n):
        for i in range(n):
            yield cls.__name__, i

    @staticmethod
    def evens(limit):
        yield from range(0, limit, 2)

    @property
    def leaves(self):
        if not self.children:
            yield self.value
        for child in self.children:
            yield from child.leaves


class LabelledTree(Tree):
    def __iter__(self):
        yield "<"
        yield from super().__iter__()
        yield ">"


t = Tree(1, Tree(2, Tree(4)), Tree(3))
print(list(t), list(t.levels()), list(t.leaves))
print(list(Tree.numbers(2)), list(LabelledTree.numbers(2)), list(Tree.evens(7)))
lt = LabelledTree("a", LabelledTree("b"), Tree("c"))
print(list(lt), "a" in lt, "z" in lt)
print(sorted(t, reverse=True), max(lt), dict(t.levels()))
it = iter(t)
print(next(it), type(it).__name__, it.__qualname__, iter(it) is it)


class Counter:
    def __init__(self):
        self.calls = 0

    def ticks(self):
        while True:
            self.calls += 1
            yield self.calls


c = Counter()
a, b = c.ticks(), c.ticks()
print(next(a), next(b), next(a), c.calls)
bound = c.ticks
print(next(bound()), a.__name__, a.__qualname__)
