# f(a, *b, c=1, **d): arguments are evaluated left to right, keywords after positionals
def note(x):
    print("eval", x)
    return x
def f(*args, **kw):
    return (args, kw)
print(f(note(1), *note([2, 3]), note(4), k=note(5), **note(dict(m=6)), z=note(7)))
print(f(*note((1,)), **note(dict(a=1))))
def g(a, b, *c, d, **e):
    return (a, b, c, d, e)
print(g(1, *[2, 3, 4], d=5, **dict(e=6)))
