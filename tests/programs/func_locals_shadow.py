# parameters and locals shadow globals; rebinding parameters; function values
x = "global x"
def f(x):
    x = x + 1
    return x
def g():
    x = 5
    y = x * 2
    return x + y
def h():
    return x
print(f(1), g(), h(), x)
def twice(fn, v):
    return fn(fn(v))
print(twice(f, 10))
alias = g
print(alias(), alias() + g())
def swap(a, b):
    a, b = b, a
    return a, b
print(swap(1, 2), swap("p", "q"))
