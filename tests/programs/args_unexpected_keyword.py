# keywords naming no parameter
def f(a, b=1):
    pass
def g(*args):
    pass
def h(a, /, b):
    pass
calls = [lambda: f(1, c=2), lambda: f(z=1), lambda: g(args=1), lambda: h(1, b=2, c=3), lambda: f(1, **dict(q=0)),
         lambda: (lambda: 0)(x=1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
