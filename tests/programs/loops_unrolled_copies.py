# A short small-int loop runs in three copies of its version, one after the other (loops.UNROLLED):
# leaving the loop, or its version, from each copy must give the same values as from the first.
import sys


def overflow_at(k):
    # the add overflows a small int (2**62) at turn k, then goes on with big ints
    x = 2 ** 62 - 1 - k * 10
    last = 0
    for i in range(k + 4):
        x = x + 10
        last = i
    return x, last, i


def break_at(k, n):
    total = 0
    j = -1
    for j in range(n):
        if j == k:
            break
        total = total * 3 + j
    else:
        total = -total
    return total, j


def return_at(k):
    a, b = 0, 1
    for i in range(100):
        a, b = b, a + b
        if i == k:
            return a, b, i
    return None


def index_at(k):
    items = [1, 2, 3, 4, 5, 6]
    s = 0
    i = 0
    try:
        while True:
            s = s + items[i + 3 - k] * i
            i = i + 1
    except IndexError:
        return s, i, sys.exc_info()[2].tb_lineno


def growing(k):
    xs = [0]
    n = 0
    while n < k:
        xs.append(n)
        n = n + 1
    return len(xs), xs[-1]


def countdown(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps = steps + 1
    return steps


for k in range(7):
    print(k, overflow_at(k), break_at(k, 5), return_at(k), index_at(k), growing(k), countdown(k + 1))
for n in (27, 97, 871, 2 ** 61 + 1, 2 ** 62 + 1):
    print(n, countdown(n))
