# missing keyword-only arguments
def one(*, a):
    pass
def two(*, a, b):
    pass
def three(x, *, a, b, c, d=4):
    pass
def varargs(*args, a, b=1, c):
    pass
calls = [lambda: one(), lambda: two(), lambda: two(b=1), lambda: three(0), lambda: three(0, b=1),
         lambda: varargs(1, 2), lambda: varargs(c=1)]
for call in calls:
    try:
        call()
    except TypeError as e:
        print(e)
def both(a, *, b):
    pass
try:
    both()                       # the positional ones are reported first
except TypeError as e:
    print(e)
