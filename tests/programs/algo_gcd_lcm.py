# Euclid's gcd and lcm over small and big ints
def gcd(a, b):
    while b:
        a, b = b, a % b
    return a
def gcd_rec(a, b):
    return a if b == 0 else gcd_rec(b, a % b)
def lcm(a, b):
    return a // gcd(a, b) * b
pairs = [(12, 18), (17, 5), (0, 9), (9, 0), (2 ** 64, 2 ** 40 * 3), (10 ** 30, 6 ** 20), (-12, 18)]
for a, b in pairs:
    print(a, b, gcd(a, b), gcd_rec(a, b), lcm(a, b))
l = 1
for i in range(1, 60):
    l = lcm(l, i)
print(l)
f1, f2 = 1, 1
for i in range(200):
    f1, f2 = f2, f1 + f2
print(gcd(f1, f2), gcd(f2 * 7, f1 * 7))
