# sys._getframe(depth) beyond the stack: ValueError, caught; the deepest valid depth is the module
import sys
def depth_of_stack():
    d = 0
    while True:
        try:
            sys._getframe(d)
        except ValueError as e:
            print("stopped at", d, "with:", e)
            return d
        d += 1
def nest(n):
    if n == 0:
        return depth_of_stack()
    return nest(n - 1)
print(depth_of_stack())
print(nest(3))
def name_at(d):
    return sys._getframe(d).f_code.co_name
print(name_at(0), name_at(1))
try:
    name_at(2)
except ValueError as e:
    print(type(e).__name__, e)
