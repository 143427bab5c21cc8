# f_locals of the caller's frame: parameters first, then locals assigned so far
import sys
def peek():
    return sys._getframe(1).f_locals
def worker(a, b, c=3):
    print(peek())
    total = a + b + c
    print(peek())
    label = "sum"
    items = [a, b]
    print(peek())
    return total
worker(1, 2)
worker("x", "y", "z")
def grand():
    level = "grand"
    return parent()
def parent():
    level = "parent"
    print(sys._getframe(1).f_locals, sys._getframe(0).f_locals)
    print(sys._getframe(2).f_locals["level"])
    return 0
def top():
    level = "top"
    depth = 0
    return grand()
top()
