# **kwargs is a new dict, in the order the keywords were given
def f(**kw):
    return kw

print(f())
print(f(z=1, a=2, m=3))
d = dict(b=1, a=2)
r = f(**d)
print(r, r == d, r is d)
r["c"] = 3
print(d)
def g(a, **kw):
    return (a, kw)
print(g(1, x=2), g(a=1, x=2), g(x=2, a=1))
print(g(**dict(x=1, a=2, y=3)))
for k in f(q=1, w=2, e=3):
    print(k)
