# missing positional arguments: one, two (and), three or more (serial comma)
def one(a):
    pass
def two(a, b):
    pass
def three(a, b, c):
    pass
def five(a, b, c, d, e=1):
    pass
def defaults(a, b, c=1, d=2):
    pass
calls = [lambda: one(), lambda: two(), lambda: two(1), lambda: two(b=1), lambda: three(), lambda: three(c=1),
         lambda: five(), lambda: five(1), lambda: defaults(), lambda: defaults(c=1), lambda: defaults(1, d=2)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
