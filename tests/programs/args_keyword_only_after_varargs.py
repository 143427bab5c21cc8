# keyword-only parameters after *args
def f(a, *args, b, c=30):
    return (a, args, b, c)

print(f(1, b=2))
print(f(1, 2, 3, b=4))
print(f(1, 2, 3, c=5, b=4))
try:
    f(1, 2, 3)
except TypeError as e:
    print(e)

def g(*args, sep="-"):
    out = ""
    for a in args:
        if out:
            out = out + sep
        out = out + str(a)
    return out

print(g(1, 2, 3), g(1, 2, sep="+"), g())
