# sys.exit with an int beyond a C long: CPython exits with 255
# expect-exit: 255
import sys
print("exiting")
sys.exit(2 ** 70)
