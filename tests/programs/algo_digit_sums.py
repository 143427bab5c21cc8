# digit sums and digit counts of big numbers via // and %
def digit_sum(n):
    s = 0
    while n > 0:
        s = s + n % 10
        n = n // 10
    return s
def ndigits(n):
    c = 1
    while n >= 10:
        n //= 10
        c += 1
    return c
print(digit_sum(2 ** 1000), ndigits(2 ** 1000))
f = 1
for i in range(1, 101):
    f *= i
print(digit_sum(f), ndigits(f))
for k in range(0, 200, 13):
    v = 3 ** k
    print(k, digit_sum(v), ndigits(v), len(str(v)), v % 9)
