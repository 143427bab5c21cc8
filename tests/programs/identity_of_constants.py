# identity as CPython 3.11 gives it: the empty tuple is one object; constant expressions and
# displays are folded at compile time (within CPython's limits), and equal constants of a module
# are one object; a nan hashes by identity
def same(a, b):
    return a is b


empty = ()
t = (1, 2)
print(same(empty, ()), same(tuple(), empty), same(t[2:], empty), same(t[:0], empty), same(t[5:9], empty))
print(same(tuple([]), empty), same(t * 0, empty), same(empty + empty, empty))
a = (1, 2)
b = (1, 2)
c = "ab" + "c"
d = "abc"
print(same(a, b), same(c, d), same(-5, -5), same((1, -2, ("x", None)), (1, -2, ("x", None))))


def from_a_function():
    return (1, 2), "abc", 2 ** 64


print(same(from_a_function()[0], a), same(from_a_function()[1], d), same(from_a_function()[2], 2 ** 64))
print(same("a" * 4096, "a" * 4096), same("a" * 4097, "a" * 4097), len("a" * 4097))
print(same(2 ** 65, 2 ** 65), same(1 << 127, 1 << 127), same(1 << 128, 1 << 128), same((0,) * 257, (0,) * 257))
print((True,), (1,), (1.0,), (0.0, -0.0), not 1, ~5, (1, 2)[1], "abc"[2], __debug__)
x, y = 1, 2
print(x, y)
try:
    print((1, 2)[5])
except IndexError as e:
    print("IndexError:", e)
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

n1 = float("nan")
n2 = float("nan")
keys = dict()
keys[n1] = 1
keys[n2] = 2
print(len(keys), keys[n1], keys[n2], n1 in keys, float("nan") in keys)
h = hash(n1)
for i in range(200000):                     # the collector moves n1
    garbage = [i]
print(h == hash(n1), hash(n1) == hash(n2), hash(n1) == 0, hash(n1 + 1) == hash(n1))
print(hash((n1, 1)) == hash((n1, 1)), hash(-n1) == hash(n1))
