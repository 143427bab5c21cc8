# with sys.setrecursionlimit(10**6), a recursion 480,000 deep runs as under CPython 3.11, whose
# Python frames live on the heap: pyvm's frame records need a native stack far beyond 64 MiB
import sys
sys.setrecursionlimit(10**6)
def f(n):
    if n == 0:
        return 0
    return f(n - 1) + 1
print(f(480000))
def g(n, a, b, c, d):
    if n == 0:
        return a + b + c + d
    e = a + 1
    return g(n - 1, e, b, c, d + 1)
print(g(300000, 0, 1, 2, 3))
