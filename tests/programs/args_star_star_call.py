# f(**mapping) spreads a dict as keywords
def f(a, b=2, **rest):
    return (a, b, rest)
print(f(**dict(a=1)))
print(f(**dict(a=1, b=3, c=4)))
print(f(1, **dict(c=5), **dict(d=6)))
print(f(**dict(b=0), a=1))
kw = dict(sep="|", end=".\n")
print(1, 2, **kw)
print(dict(**dict(x=1), y=2))
