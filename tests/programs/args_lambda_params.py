# lambdas take every parameter form too
f = lambda a, b=2, *args, c, d=4, **kw: (a, b, args, c, d, kw)
print(f(1, c=3))
print(f(1, 2, 3, c=4, e=5))
g = lambda *a: a
print(g(), g(1, 2))
h = lambda x, /, y: x - y
print(h(5, y=3), h(5, 3))
k = lambda **kw: kw
print(k(a=1))
try:
    h(x=1, y=2)
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
