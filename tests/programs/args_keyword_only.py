# keyword-only parameters after a bare *, with and without defaults
def f(a, *, b, c=3):
    return (a, b, c)

print(f(1, b=2))
print(f(1, c=4, b=5))
print(f(a=1, b=2, c=3))
print(f(b=2, a=1))
try:
    f(1, 2)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)

def only(*, x, y, z=0):
    return x + y + z

print(only(x=1, y=2), only(z=3, y=2, x=1))
try:
    only()
except TypeError as e:
    print(e)
