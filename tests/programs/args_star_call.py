# f(*seq) spreads any iterable
def f(*args):
    return args
def g(a, b, c):
    return a + b + c
print(f(*[1, 2]), f(*(3, 4)), f(*"ab"), f(*range(3)), f(*dict(x=1, y=2)))
print(g(*[1, 2, 3]), g(1, *[2, 3]), g(*[1], *(2,), 3), g(*"abc"))
print(f(*[]), f(1, *[], 2))
lst = [1, 2]
print(f(*lst, *lst))
print(max(*[3, 9, 2]), min(*"zay"))
