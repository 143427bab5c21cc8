# iter(callable, sentinel): calls until the sentinel (==) or StopIteration
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


x = [1, 2, 3, 0, 4]
print(list(iter(x.pop, 3)), x)
it = iter([5, 4, 3].pop, 4)
print(type(it).__name__, next(it), next(it, 'done'), next(it, 'still done'))


class Counter:
    def __init__(self):
        self.n = 0

    def __call__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration
        return self.n


print(list(iter(Counter(), 10)))
print(list(iter(Counter(), 2.0)))
lines = iter(['a', 'b', '', 'c'])
print(list(iter(lambda: next(lines), '')))
print(next(iter(lambda: 1, 1), 5))
attempt('iter(1, 2)', lambda: iter(1, 2))
attempt('iter(len, 2, 3)', lambda: iter(len, 2, 3))
attempt('iter()', lambda: iter())
attempt('iter(len, 1, x=3)', lambda: iter(len, 1, x=3))


def boom():
    raise ValueError('boom')


try:
    list(iter(boom, 1))
except ValueError as e:
    print(e)
