# walking f_back from the innermost frame up to the module frame, whose f_back is None
import sys
def stack():
    out = []
    f = sys._getframe(1)
    while f is not None:
        out.append(f.f_code.co_name + ":" + str(f.f_lineno))
        f = f.f_back
    return out
def c():
    return stack()
def b():
    x = c()
    return x
def a():
    return b()
print(a())
print(stack())
def rec(n):
    if n == 0:
        return stack()
    return rec(n - 1)
print(rec(3))
print(sys._getframe().f_back)
