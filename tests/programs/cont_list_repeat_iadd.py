# list * and *= with zero and negative counts, += with any iterable
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


l = [1, 2]
l *= -1
print(l)
l = [1, 2]
alias = l
l *= 0
print(l, alias is l)
l = [1, 2]
l *= 2
print(l, [1] * -3, (1,) * -2, 'a' * -1, 3 * [0], -1 * [1], [[0]] * 2, [] * 5, True * [7])
l = [1]
alias = l
l += (2, 3)
l += {4: 5}
l += 'ab'
l += range(2)
l += {4: 5}.values()
l += l
print(l, alias is l)
t = (1,)
t += (2,)
print(t)


def f0():
    [1] * 2.0


attempt('[1] * 2.0', f0)


def f1():
    l = [1]
    l *= 'a'


attempt("l = [1]; l *= 'a'", f1)


def f2():
    l = []
    l += 1


attempt('l = []; l += 1', f2)


def f3():
    [1] + (2,)


attempt('[1] + (2,)', f3)


def f4():
    (1,) + [2]


attempt('(1,) + [2]', f4)


def f5():
    l = [1]
    l *= [2]


attempt('l = [1]; l *= [2]', f5)


def f6():
    [1] * (2**70)


attempt('[1] * (2**70)', f6)
