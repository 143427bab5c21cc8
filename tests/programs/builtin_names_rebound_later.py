# A module that binds a builtin's name (later, in code that never runs, in a function's global statement,
# as a loop target or an except clause's name) still finds the builtin while its global is unbound.
print(len("ab"))
len = 5
print(len)


def f():
    return abs(-3)


print(f())
if False:
    abs = 7
print(f(), abs(-4))
x = min
min = max
print(x(1, 2), min(1, 2))
try:
    print(sum([1, 2]))
finally:
    pass
for sum in range(2):
    pass
print(sum)


def g():
    global repr
    repr = 3


print(repr("ab"))
g()
print(repr)
try:
    int("x")
except ValueError as e:
    print(e)
ValueError = KeyError
try:
    int("y")
except KeyError:
    print("not caught as the rebound name")
except Exception as e:
    print(type(e).__name__, e)
print(round(2.5))


def round(x):
    return "mine"


print(round(2.5))
print(str(5))
try:
    pass
except Exception as str:
    pass
print(str(6))
