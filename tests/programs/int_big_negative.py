# negative big ints: arithmetic, floor division, modulo, comparisons
a = -(2 ** 100)
b = -(3 ** 70)
print(a, b, a + b, a - b, b - a, a * b, -a * b)
print(a // 7, a % 7, a // -7, a % -7)
print(a // b, a % b, b // a, b % a)
print(a // (10 ** 20), a % (10 ** 20), a // -(10 ** 20), a % -(10 ** 20))
print(a < b, a > b, a == a, a != b, a < 0, b < -1, -a > 0)
print(abs(a), abs(b), -a, -(-a))
print(a + 2 ** 100, a + 2 ** 100 + 1, a * 0, a * -1)
x = -1
for i in range(40):
    x = x * 7 - i
    print(i, x, x // 1000, x % 1000)
