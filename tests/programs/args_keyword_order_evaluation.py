# keyword arguments are evaluated in the order written, whatever the parameter order
def note(x):
    print("eval", x)
    return x
def f(a, b, c):
    return (a, b, c)
print(f(c=note(3), a=note(1), b=note(2)))
print(f(note(1), c=note(3), b=note(2)))
def g(*, z, y):
    return (z, y)
print(g(y=note("y"), z=note("z")))
