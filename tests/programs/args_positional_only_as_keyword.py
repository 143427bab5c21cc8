# positional-only parameters passed as keywords
def f(a, b, /, c=0):
    pass
def g(a, /):
    pass
calls = [lambda: f(a=1, b=2), lambda: f(1, b=2), lambda: f(b=1, a=2, c=3), lambda: g(a=1), lambda: f(1, 2, a=3, z=4)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
