# a parameter captured by a nested function lives in a cell from the start
def adder(n):
    def add(x):
        return x + n
    return add

print(adder(3)(4))

def rebinder(n):
    def get():
        return n
    n = n * 2
    return get

print(rebinder(21)())

def both(a, b):
    def f():
        return a - b
    a, b = b, a
    return f()

print(both(10, 3))
