# uncaught RecursionError with a low limit: "[Previous line repeated N more times]"
# expect-exit: 1
# expect-stderr: RecursionError: maximum recursion depth exceeded
import sys
sys.setrecursionlimit(80)
def walk(n):
    if n % 10 == 0:
        print("at", n)
    return walk(n + 1) + 1
def start():
    return walk(0)
start()
