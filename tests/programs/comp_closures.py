# closures in comprehensions, comprehensions in closures, := binding the enclosing scope, qualnames
fs = [lambda: i for i in range(3)]
print([f() for f in fs])
gs = [(lambda i=i: i) for i in range(3)]
print([g() for g in gs])
def outer():
    base = 100
    adders = [lambda n, k=k: n + k + base for k in range(3)]
    base = 1000                          # the comprehension's lambdas see the cell, changed later
    return [a(1) for a in adders]
print(outer())
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return [bump() for _ in range(4)], count
print(counter())
print([last := n * 2 for n in range(4)], last)
def walrus():
    values = [total := n for n in range(5) if n % 2]
    return values, total
print(walrus())
def qualnames():
    listcomp = [lambda: 0 for _ in range(1)][0]
    dictcomp = {0: lambda: 0 for _ in range(1)}[0]
    nested = [[lambda: 0 for _ in range(1)][0] for _ in range(1)][0]
    return listcomp.__qualname__, dictcomp.__qualname__, nested.__qualname__
print(qualnames())
print([lambda: 0 for _ in range(1)][0].__qualname__)
def make_multipliers(n):
    return {k: (lambda x, k=k: x * k) for k in range(n)}
print({k: f(10) for k, f in make_multipliers(3).items()})
def shadow():
    x = 'function x'
    inner = [x for x in range(2)]
    return inner, x
print(shadow())
