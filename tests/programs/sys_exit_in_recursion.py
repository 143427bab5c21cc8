# sys.exit from deep inside recursion ends the program with that status
# expect-exit: 42
import sys
def dive(n):
    if n == 500:
        print("bottom reached")
        sys.exit(42)
    if n % 100 == 0:
        print("depth", n)
    dive(n + 1)
    print("never unwinds normally")
dive(0)
