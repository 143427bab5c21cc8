# What the JIT assumes about registers, checked against behaviour: locals that are never read
# again still show in f_locals after a collection (they are written through to the frame), a
# name bound to a list on one path and to something else on another is indexed correctly, and
# range loops whose bounds are big ints or bools take the general path.
import sys


def caller_locals():
    return sys._getframe(1).f_locals


def dead_locals():
    words = ["a", "b"]
    big = 10 ** 40
    product = big * big * big
    seen = caller_locals()
    names = []
    for name in seen:
        names.append(name)
    return names


print(dead_locals())


def either(flag):
    x = [1, 2, 3]
    if flag:
        x = (4, 5)
    if flag == 2:
        x = "xyz"
    return x[0], x[-1], len(x)


print(either(0), either(1), either(2))


def ranges():
    total = 0
    for i in range(2 ** 62 - 2, 2 ** 62 + 2):
        total += i
    for i in range(True, 4):
        total += i
    for i in range(-3, 3):
        total += i * i
    for i in range(10, 0, -3):
        total += i
    for i in range(4611686018427387900, 4611686018427387905, 2):
        total += i
    return total


print(ranges())


def unpacked():
    pegs = [[3], [2], [1]]
    for k in range(3):
        pegs[k].append(pegs[(k + 1) % 3].pop())
    pegs = (1, 2)
    return pegs[0] + len(pegs)


print(unpacked())
