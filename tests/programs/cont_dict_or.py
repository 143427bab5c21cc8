# dict | dict and dict |= anything dict.update takes
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


a = {1: 2, 3: 4}
b = {3: 'x', 5: 6}
print(a | b, b | a, a | {}, {} | {}, a)
c = a
c |= b
print(c is a, a)
a |= [(7, 8), ('k', 'v')]
a |= {9: 10}.items()
print(a)


class M:
    def keys(self):
        return ['m']

    def __getitem__(self, k):
        return k * 3


a |= M()
print(a)
attempt('{1: 1} | 1', lambda: {1: 1} | 1)
attempt('{1: 2} | {3}', lambda: {1: 2} | {3})
attempt('{1: 2} | [(1, 2)]', lambda: {1: 2} | [(1, 2)])
attempt('[(1, 2)] | {1: 2}', lambda: [(1, 2)] | {1: 2})
attempt('{1: 2}.keys() | {3: 4}', lambda: {1: 2}.keys() | {3: 4})


def f0():
    d = {}
    d |= 1


attempt('d = {}; d |= 1', f0)


def f1():
    d = {}
    d |= [1]


attempt('d = {}; d |= [1]', f1)


def f2():
    d = {}
    d |= ['abc']


attempt("d = {}; d |= ['abc']", f2)


def f3():
    d = {}
    d |= [[1]]


attempt('d = {}; d |= [[1]]', f3)
print(a | dict(M()) == {**a, **M()})
