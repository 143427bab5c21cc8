# defaults are evaluated once, when the def runs, in order, before the function exists
def note(x):
    print("default", x)
    return x

def f(a, b=note(1), c=note(2), *, d=note(3)):
    return (a, b, c, d)

print(f(0))
print(f(0, 5))
print(f(0, c=6, d=7))
counter = 10
def g(x=counter):
    return x
counter = 20
print(g(), g(1))
for k in range(3):
    def h(y=k):
        return y
    print(h(), h(9))
