# sys.exit("message"): message on stderr, exit status 1
# expect-exit: 1
# expect-stderr: fatal: bad input 42
import sys
print("before exit")
n = 42
sys.exit("fatal: bad input " + str(n))
print("not reached")
