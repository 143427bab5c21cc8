# sys.setrecursionlimit refuses a limit at or below the current depth (Python frames and the call itself)
# expect-exit: 1
# expect-stderr: RecursionError: cannot set the recursion limit to 2 at the recursion depth 2: the limit is too low
import sys
def f(n):
    if n == 0:
        for limit in (3, 4, 5, 6, 7, 50):
            try:
                sys.setrecursionlimit(limit)
                print("set", limit)
            except RecursionError as e:
                print(e)
        return
    f(n - 1)
f(3)
try:
    sys.setrecursionlimit(1)
except RecursionError as e:
    print(e)
sys.setrecursionlimit(2)
print(sys.getrecursionlimit())
