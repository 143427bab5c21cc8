# defaults of every type, None as a default, defaults that are functions
def f(a=None, b=1.5, c="s", d=(1, 2), e=[3], g=len, h=True):
    return (a, b, c, d, e, g("xyz"), h)
print(f())
print(f(a=0, g=repr, h=False))
def g(x, key=None):
    if key is None:
        return x
    return key(x)
print(g(-3), g(-3, key=abs), g(-3, abs))
