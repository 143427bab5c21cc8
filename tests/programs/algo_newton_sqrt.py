# Newton's method in floats and integer square roots of big ints
def fsqrt(x):
    if x == 0:
        return 0.0
    g = x if x > 1 else 1.0
    for i in range(60):
        g = (g + x / g) / 2
    return g
for v in [2, 3, 10, 0.25, 1e10, 1e-10, 12345.678]:
    r = fsqrt(v)
    print(v, r, r * r, r * r - v)
def isqrt(n):
    if n < 2:
        return n
    x = n
    y = (x + 1) // 2
    while y < x:
        x = y
        y = (x + n // x) // 2
    return x
for n in [0, 1, 2, 15, 16, 17, 10 ** 20, 2 ** 127 - 1, 10 ** 100 + 7]:
    s = isqrt(n)
    print(n, s, s * s <= n < (s + 1) * (s + 1))
print(isqrt(2 * 10 ** 120))
