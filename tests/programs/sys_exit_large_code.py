# sys.exit with codes outside 0..255: the OS keeps the low 8 bits (-1 -> 255)
# expect-exit: 255
import sys
print("exiting with -1")
sys.exit(-1)
