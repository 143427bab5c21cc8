# CPython's wording for three or more missing arguments (a serial comma), and hash("") == 0.
# expect-exit: 1
# expect-stderr: TypeError: f() missing 2 required positional arguments: 'b' and 'c'
def f(a, b, c, d=4):
    return a


def g(a, b):
    return b


print(hash(""), hash("") == hash(""[0:0]))
try:
    g()
except TypeError as e:
    print(e)
try:
    f()
except TypeError as e:
    print(e)
f(1)
