# Ackermann's function: deep recursion (thousands of frames) and many calls.
import sys

sys.setrecursionlimit(20000)


def ack(m, n):
    if m == 0:
        return n + 1
    if n == 0:
        return ack(m - 1, 1)
    return ack(m - 1, ack(m, n - 1))


total = 0
for k in range(8):
    total += ack(2, 1000 + k)
print(total, ack(3, 8))
