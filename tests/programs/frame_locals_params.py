# f_locals of called functions: parameters with defaults, rebinding, and globals left out
import sys
counter = 0
def snap():
    return sys._getframe(1).f_locals
def params(a, b, c=5, d="dflt"):
    return snap()
print(params(1, 2))
print(params(1, 2, 3, 4))
print(params((1, 2), [3], None, 4.5))
def uses_global(x):
    global counter
    counter += x
    y = counter
    return snap()
print(uses_global(3))
print(uses_global(4))
def rebind(n):
    n = n + 1
    n = str(n) + "!"
    return snap()
print(rebind(9))
def loop_vars():
    for i in range(3):
        pass
    for ch in "ab":
        pass
    return snap()
print(loop_vars())
def unpack():
    p, q = (1, 2)
    first, second = "xy"
    return snap()
print(unpack())
