# inf and nan: arithmetic, comparisons, printing
inf = float("inf")
ninf = float("-inf")
nan = float("nan")
print(inf, ninf, nan, -inf, -nan, float("-nan"), float("Infinity"), float("NaN"))
print(inf + 1, inf - inf, inf * 0, inf * -1, inf / inf, 1 / inf, -1 / inf)
print(inf + ninf, inf * inf, ninf * ninf, inf / 2, 2 / ninf, 0.0 * ninf)
print(nan + 1, nan * 0, nan - nan, -nan, nan / 1)
print(inf > 1e308, ninf < -1e308, inf == inf, inf == ninf, inf > ninf, ninf < inf)
print(inf > 10 ** 400, ninf < -(10 ** 400), 10 ** 400 < inf, inf != 10 ** 400)
print(nan == nan, nan != nan, nan < 1, nan > 1, nan <= nan, nan >= nan, nan == 1)
print(1 < nan, 1 == nan, 1 != nan, nan != 0.0, 10 ** 400 < nan, 10 ** 400 == nan)
print(inf ** 2, inf ** -1, ninf ** 3, ninf ** 2, nan ** 0, 1.0 ** nan, 1 ** nan)
print(abs(ninf), abs(nan), -ninf, max(inf, 1), min(ninf, -1), max(1, 2, inf))
print(bool(nan), bool(inf), str(inf), str(nan), str(ninf))
print([inf, ninf, nan], (nan,))
print(1e308 * 10, -1e308 * 10, 1e308 * 10 - 1e308 * 10)
x = 1.0
n = 0
while x != inf:
    x = x * 2
    n = n + 1
print(n, x)
