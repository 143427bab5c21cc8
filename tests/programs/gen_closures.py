# Generators closing over variables, and parameters of every kind.
def counter_factory(step):
    def count(start, *, stop=10):
        n = start
        while n < stop:
            yield n
            n += step
    return count


print(list(counter_factory(3)(1)), list(counter_factory(2)(0, stop=5)))


def shared():
    value = 0

    def bump():
        nonlocal value
        value += 1
        return value

    def watch():
        while True:
            yield value
    return bump, watch()


bump, watcher = shared()
print(next(watcher))
bump()
bump()
print(next(watcher))


def params(a, b=2, *rest, key="k", **extra):
    yield a
    yield b
    yield rest
    yield key
    yield sorted(extra.items())


print(list(params(1)))
print(list(params(1, 3, 4, 5, key="z", x=1, y=2)))
try:
    params()
except TypeError as e:
    print("TypeError:", e)
try:
    params(1, nope=2, key=3, b=4)
    print("extra keywords are fine")
    params(1, 2, b=3)
except TypeError as e:
    print("TypeError:", e)


def cell_param(x):
    def get():
        return x
    yield get()
    x = x * 2
    yield get()


print(list(cell_param(21)))
makers = [(lambda i=i: (j * i for j in range(3))) for i in range(3)]
print([list(m()) for m in makers])
