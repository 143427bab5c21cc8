# positional parameters with default values, evaluated once at def time
base = 10
def f(a, b=2, c=base):
    return a * 100 + b * 10 + c
base = 99
print(f(1), f(1, 3), f(1, 3, 5), f(0, 0, 0))
def g(x, y=None, z=True):
    print(x, y, z)
    return y
print(g(1), g(1, 2), g(1, 2, False))
def h(xs=[]):
    xs.append(len(xs))
    return xs
print(h(), h(), h([7]), h())
def k(a=1.5, b="s", c=(1, 2), d=-3):
    return a, b, c, d
print(k(), k(0), k(0, "t", ()))
def noargs():
    return 42
print(noargs() + noargs())
