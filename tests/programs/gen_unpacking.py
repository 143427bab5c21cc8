# Unpacking generators: into names, starred targets, call arguments and displays; too many or
# too few values give CPython's ValueError, after the generator ran as far as it needed to.
def gen(n):
    for i in range(n):
        print("yield", i)
        yield i


a, b = gen(2)
print(a, b)
first, *rest = gen(4)
print(first, rest)
*init, last = gen(3)
print(init, last)
print(*gen(2), sep=",")
print([*gen(2), *gen(1)], (*gen(1),), {*gen(2)})


def takes(x, y, z=None):
    return x, y, z


print(takes(*gen(3)))
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z = gen(1)
except ValueError as e:
    print("ValueError:", e)
try:
    takes(*gen(4))
except TypeError as e:
    print("TypeError:", e)
(p, q), r = gen(2), 5
print(p, q, r)
for i, (j, k) in enumerate(zip(gen(2), gen(2))):
    print(i, j, k)
