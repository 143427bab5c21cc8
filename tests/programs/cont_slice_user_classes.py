# a[1:2] on objects other than the builtin sequences passes a slice object to __getitem__,
# __setitem__ and __delitem__, as CPython; dicts refuse it as a key
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


class Seq:
    def __init__(self):
        self.items = list(range(8))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return ('slice', i.start, i.stop, i.step, self.items[i])
        return ('item', i)

    def __setitem__(self, i, v):
        print('set', i, v)
        self.items[i] = v

    def __delitem__(self, i):
        print('del', i)
        del self.items[i]


a = Seq()
print(a[1:3], a[::2], a[::-1], a[:], a[5])
print(a[1:2, 3], a[..., 1:], a[::2, ::3])
a[2:4] = 'xy'
a[slice(None, 1)] = [0, 0, 0]
del a[::3]
print(a.items)
x = a[1:2]
x = a[1:2:3][4]
print(x)


def f0():
    {}[1:2]


attempt('{}[1:2]', f0)


def f1():
    {}[1:2] = 3


attempt('{}[1:2] = 3', f1)


def f2():
    del {}[1:2]


attempt('del {}[1:2]', f2)


def f3():
    x = 1
    x[0:1]


attempt('x = 1; x[0:1]', f3)


def f4():
    x = None
    x[:]


attempt('x = None; x[:]', f4)


def f5():
    x = 1
    x[0:1] = 2


attempt('x = 1; x[0:1] = 2', f5)


class Plain:
    pass


def f0():
    Plain()[1:2]


attempt('Plain()[1:2]', f0)


def f1():
    Plain()[1:2] = 3


attempt('Plain()[1:2] = 3', f1)


def f2():
    del Plain()[1:]


attempt('del Plain()[1:]', f2)
