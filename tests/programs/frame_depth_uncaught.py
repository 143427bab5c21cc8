# uncaught ValueError from sys._getframe(depth) with too large a depth
# expect-exit: 1
# expect-stderr: ValueError: call stack is not deep enough
import sys
def up(k):
    f = sys._getframe(k)
    print("depth", k, "is", f.f_code.co_name)
    return f
def main():
    for k in range(5):
        up(k)
main()
