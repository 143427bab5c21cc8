# a frame kept after its function returned still holds the values it had at return
import sys
def make(n):
    square = n * n
    parts = [n, square]
    frame = sys._getframe()
    parts.append("last")
    square = square + 1
    return frame
f = make(4)
loc = f.f_locals
print(loc["n"], loc["square"], loc["parts"])
print(f.f_code.co_name, f.f_lineno)
print(f.f_back is sys._getframe())
g1 = make(2)
g2 = make(3)
print(g1.f_locals["square"], g2.f_locals["square"], g1 is g2)
def counter(n):
    i = 0
    while i < n:
        i += 1
    return sys._getframe()
fr = counter(5)
print(fr.f_locals["i"], fr.f_locals["n"], fr.f_lineno)
