# every kind of parameter in one def
def f(p, q=2, /, r=3, *args, k, l=6, **kw):
    return (p, q, r, args, k, l, kw)

print(f(1, k=5))
print(f(1, 2, 3, 4, 5, k=6))
print(f(1, r=0, k=1, m=2))
print(f(*[1, 2, 3, 4], **dict(k=1, l=2, z=3)))
print(f(1, p=2, q=3, k=4))          # p and q go to **kw: they are positional-only
def g(a, b=2, *, c, d=4, **e):
    return (a, b, c, d, e)
print(g(1, c=3), g(c=3, a=1, b=0, x=9))
