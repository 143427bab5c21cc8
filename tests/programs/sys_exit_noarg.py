# sys.exit() with no argument: status 0, later code not run
import sys
for i in range(3):
    print("loop", i)
    if i == 1:
        sys.exit()
print("not reached")
