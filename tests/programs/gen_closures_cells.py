# Generators and cells: a variable a generator closes over is read when it runs, not when it is
# made; nonlocal written from inside a suspended generator; cells of the generator's own locals
# shared with functions it made; late binding in generator expressions.
def make():
    factor = 1
    def scaled(items):
        for x in items:
            yield x * factor
    g = scaled([1, 2, 3])
    first = next(g)
    factor = 10
    return first, list(g)


print(make())


def counter():
    total = 0
    def gen():
        nonlocal total
        while True:
            total += 1
            yield total
    def peek():
        return total
    return gen(), peek


g, peek = counter()
print(next(g), next(g), peek())


def inner_functions():
    n = 0
    funcs = []
    while n < 3:
        funcs.append(lambda: n)
        yield [f() for f in funcs]
        n += 1


print(list(inner_functions()))


def cell_after_yield():
    x = "before"
    def show():
        return x
    yield show()
    x = "after"
    yield show()
    del x
    try:
        yield show()
    except NameError as e:
        yield str(e)


print(list(cell_after_yield()))
base = 100
gens = [(x + base for x in range(2)) for base in (1, 2)]
print([list(g) for g in gens])
lazy = (x + base for x in range(2))
base = 1000
print(list(lazy))
fs = [lambda i=i: i for i in range(3)]
print(list(f() for f in fs))
