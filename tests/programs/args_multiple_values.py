# an argument given by position and by keyword
def f(a, b=2, *, c=3):
    pass
def g(a, *args):
    pass
calls = [lambda: f(1, a=2), lambda: f(1, 2, b=3), lambda: g(1, 2, a=3), lambda: f(*[1, 2], b=0),
         lambda: f(1, **dict(a=1))]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
