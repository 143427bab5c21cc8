# an uncaught SystemExit whose code is neither None nor an int: str(code) on stderr, exit status 1
# expect-exit: 1
# expect-stderr: [1, <built-in function len>]
import sys
print("exiting")
sys.exit([1, len])
