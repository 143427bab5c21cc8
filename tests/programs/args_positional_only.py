# positional-only parameters before /
def f(a, b, /, c, d=4):
    return (a, b, c, d)

print(f(1, 2, 3))
print(f(1, 2, c=3))
print(f(1, 2, 3, d=5))
for call in (lambda: f(1, b=2, c=3), lambda: f(a=1, b=2, c=3), lambda: f(1, 2)):
    try:
        call()
    except TypeError as e:
        print(e)

def g(x, /, **kw):
    return (x, kw)

print(g(1, x=2))                 # the name of a positional-only parameter is free for **kw
def h(a=1, /, b=2):
    return (a, b)
print(h(), h(5), h(5, 6), h(b=7))
