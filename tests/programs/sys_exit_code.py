# sys.exit(n) after output: exit status n, nothing on stderr
# expect-exit: 3
import sys
def work(n):
    total = 0
    for i in range(n):
        total += i
        print(i, total)
    return total
t = work(10)
if t > 40:
    sys.exit(3)
print("not reached")
