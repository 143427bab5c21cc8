# lambdas: defaults, closures, immediately called, stored in lists and dicts (here: lists)
square = lambda x: x * x
add = lambda a, b=10: a + b
print(square(7), add(1), add(1, 2), (lambda: "now")())
ops = [lambda a, b: a + b, lambda a, b: a - b, lambda a, b: a * b]
print([ops[0](6, 3), ops[1](6, 3), ops[2](6, 3)])
def make_multiplier(k):
    return lambda x: x * k
times3 = make_multiplier(3)
print(times3(14), make_multiplier(-1)(5))
compose = lambda f, g: lambda x: f(g(x))
print(compose(square, times3)(2), compose(times3, square)(2))
nested = lambda x: (lambda y: (lambda z: x + y + z))
print(nested(1)(2)(3))
print((lambda: 0).__name__)
