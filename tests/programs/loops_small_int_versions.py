# Loops on small ints run in a version of their own (pyvm/jit/loops.py): everything that version
# cannot do leaves it for the generic code, in the middle of a turn, and the program sees nothing.
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero


def fib(n):
    a, b = 0, 1
    for i in range(n):
        a, b = b, a + b
    return a


# Overflow out of the small ints in the middle of the loop, and big ints from the start.
print(fib(10), fib(90), fib(95), fib(300))


def count_from(start, n):
    total = start
    for i in range(n):
        total = total + i
    return total


print(count_from(0, 1000), count_from(2 ** 62 - 10, 20), count_from(2 ** 100, 3), count_from(-2 ** 62, 5))
print(count_from(1.5, 4), count_from(True, 3))


def mixed(n):
    # every int operator, with results leaving the small ints on the way
    x = 1
    acc = 0
    for i in range(1, n):
        x = x * 3 + i
        acc = acc ^ (x << 2) | (i & 7)
        acc = acc - (x >> 1) % 1000 + (-i // 3)
        acc = ~acc
    return x, acc


print(mixed(10))
print(mixed(60))


def search(xs, target):
    i = 0
    while i < len(xs):
        i = i + 1
    for j in range(len(xs)):
        if xs[j] == target:
            return j
    return -1


print(search([5, 3, 9, 1], 9), search([5, 3, 9, 1], 4))


def table(n):
    squares = [0] * n
    for i in range(n):
        squares[i] = i * i
    for i in range(n):
        if squares[i] > 50:
            break
        if squares[i] % 2:
            continue
        squares[i] = -squares[i]
    return squares


print(table(12))


def divide_down(n, d):
    q = 0
    for i in range(n):
        q = q + 100 // (d - i)
    return q


print(divide_down(3, 10))
try:
    divide_down(5, 3)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)


def index_past(n):
    xs = [1, 2, 3]
    s = 0
    for i in range(n):
        s = s + xs[i] + xs[-1 - i]
    return s


print(index_past(3))
try:
    index_past(10)
except IndexError as e:
    print("IndexError:", e)


def countdown(k):
    while k:
        k = k - 1
    n = 10
    while n > 0 and not n == 3:
        n -= 1
    return k, n


print(countdown(100000), countdown(0))


def stepped(a, b, s):
    out = 0
    for i in range(a, b, s):
        out = out * 7 + i
    return out


print(stepped(0, 20, 3), stepped(20, 0, -4), stepped(2 ** 62 - 9, 2 ** 62 + 9, 4), stepped(5, 5, 1))


def late_binding(n):
    for i in range(n):
        if i == 3:
            x = i * 2
    return x


print(late_binding(10))
try:
    late_binding(2)
except UnboundLocalError as e:
    print("UnboundLocalError:", e)


def move_all(src):
    # append grows the list (which leaves the version), pop empties src
    dst = []
    moved = 0
    while len(src) > 0:
        dst.append(src.pop())
        moved = moved + len(dst)
    return moved, dst[:3], len(dst)


print(move_all(list(range(100))), move_all([]), move_all([7]))


def drain(xs, n):
    k = 0
    for i in range(n):
        k = k + xs.pop()
    return k


print(drain([1, 2, 3], 3))
try:
    drain([1, 2, 3], 4)
except IndexError as e:
    print("IndexError:", e)


def sum_any(xs):
    # the items are ints, then a float, a str: each leaves the version, the loop goes on generic
    total = 0
    for i in range(len(xs)):
        total = total + xs[i]
    return total


print(sum_any([1, 2, 3]), sum_any([1, 2.5, 3]), sum_any([2 ** 70, 1]), sum_any([True, 2]))
try:
    sum_any([1, "x"])
except TypeError as e:
    print("TypeError:", e)


def lengths(items):
    n = 0
    for i in range(len(items)):
        n = n + len(items[i])
    return n


print(lengths([[1], (2, 3), "abcd", []]))


def truths(xs):
    count = 0
    for i in range(len(xs)):
        if xs[i]:
            count = count + 1
    return count


print(truths([0, 1, True, None, False, 7, "", "a", [], [0], 0.0, 2.5]))


# The loop's locals, seen by a traceback after the loop left its version.
def shown(n):
    total = 0
    for i in range(n):
        total += i
    return total // (total - total)


shown(50)
