# RecursionError is caught and the program continues; limit read and changed with sys
import sys
print(sys.getrecursionlimit())
deepest = [0]
def dive(n):
    deepest[0] = n
    return dive(n + 1)
try:
    dive(1)
except RecursionError as e:
    print("caught:", e)
    print("is RuntimeError:", isinstance(e, RuntimeError))
print("deepest", deepest[0])
sys.setrecursionlimit(120)
print(sys.getrecursionlimit())
try:
    dive(1)
except RecursionError:
    print("caught again, deepest", deepest[0])
def count(n):
    if n == 0:
        return 0
    return 1 + count(n - 1)
print(count(100))
try:
    print(count(500))
except RecursionError:
    print("500 is too deep now")
sys.setrecursionlimit(2000)
print(count(500))
