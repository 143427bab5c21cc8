# *args collects the extra positional arguments in a tuple (an empty one when there are none)
def f(*args):
    return args

print(f(), f(1), f(1, 2, 3))
print(type(f(1)), len(f(1, 2)))
def g(a, b=2, *rest):
    return (a, b, rest)

print(g(1), g(1, 5), g(1, 5, 6, 7))
t = (4, 5)
print(f(*t) == t, f(*t) is t)
def count(*items):
    n = 0
    for i in items:
        n = n + i
    return n
print(count(*range(10)))
