# big int arithmetic: products, differences back to small, mixed big/small comparisons
a = 2 ** 100 + 12345
b = 3 ** 60 - 999
print(a, b)
print(a + b, a - b, b - a, a * b)
print(a * a - (a - 1) * (a + 1))
print((a + b) * (a - b) == a * a - b * b)
print(a // b, a % b, (a // b) * b + a % b == a)
print(a - a, a - 2 ** 100, b + 999 == 3 ** 60)
print(a > 5, 5 < a, a == 5, a != 5, -a < -5, a > b, b < a)
print(10 ** 18 + 10 ** 18, 9223372036854775807 + 1, -9223372036854775808 - 1)
big = 1
for i in range(1, 30):
    big = big * 1000003 + i
    print(i, big, big % 97)
small = big - big + 7
print(small, small * 6)
