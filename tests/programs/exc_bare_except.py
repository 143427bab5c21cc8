# bare except catches everything, even SystemExit and KeyboardInterrupt; sys.exc_info names it
import sys
def attempt(n):
    if n == 0:
        sys.exit(4)
    if n == 1:
        raise KeyboardInterrupt
    if n == 2:
        return undefined_name
    if n == 3:
        raise BaseException("base")
    return n
for i in range(5):
    try:
        print("returned", attempt(i))
    except:
        t, v, tb = sys.exc_info()
        print(i, "bare except got", t.__name__, repr(v), tb is not None)
print("still running")
