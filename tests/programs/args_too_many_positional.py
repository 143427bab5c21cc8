# too many positional arguments, with CPython's wording for every case
def zero():
    pass
def one(a):
    pass
def two(a, b):
    pass
def ranged(a, b=1, c=2):
    pass
def kwonly(a, *, b, c=1):
    pass
def kwonly0(*, b, c):
    pass
calls = [lambda: zero(1), lambda: zero(1, 2), lambda: one(1, 2), lambda: two(1, 2, 3), lambda: ranged(1, 2, 3, 4),
         lambda: ranged(1, 2, 3, 4, 5), lambda: kwonly(1, 2), lambda: kwonly(1, 2, b=3), lambda: kwonly(1, 2, 3, b=1, c=2),
         lambda: kwonly0(1, b=2), lambda: kwonly0(1, 2, b=1, c=2), lambda: one(1, 2, a=3)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
