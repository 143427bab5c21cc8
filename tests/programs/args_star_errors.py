# *x of something not iterable
def f(*a):
    return a
def note(x):
    print("eval", x)
    return x
calls = [lambda: f(*5), lambda: f(1, *5), lambda: f(*None), lambda: print(*1.5), lambda: f(*5, **note(dict())),
         lambda: f(*[1], *2), lambda: (lambda: 0)(*3), lambda: [].append(*4), lambda: int(*5)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
