# RecursionError in mutual recursion unwinds through finally blocks; then normal calls work again
import sys
sys.setrecursionlimit(100)
unwound = [0]
def even(n):
    try:
        return odd(n + 1)
    finally:
        unwound[0] += 1
def odd(n):
    return even(n + 1)
try:
    even(0)
except RecursionError as e:
    print(type(e).__name__, e)
print("finally blocks run:", unwound[0])
def depth(n):
    if n == 0:
        return "bottom"
    return depth(n - 1)
print(depth(50))
