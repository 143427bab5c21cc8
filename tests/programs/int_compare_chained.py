# comparisons of ints, chained comparisons
a = 1
b = 2
c = 3
print(a < b, a > b, a <= b, a >= b, a == b, a != b)
print(a < b < c, a < c < b, c > b > a, a <= a < b, a == 1 == a, a != b != a)
print(1 < 2 < 3 < 4 < 5, 1 < 2 < 3 > 4, 5 > 4 > 3 > 2 > 1 > 0 > -1)
print(1 == 1.0 < 2, 0 < 0.5 < 1, -1 < -0.5 < 0 == -0.0)
print(2 ** 100 < 2 ** 101 < 2 ** 102, 2 ** 100 > 2 ** 99 > 0 > -(2 ** 99))
for i in range(-3, 4):
    print(i, -1 < i < 2, 0 <= i <= 2, i < 0 or i > 2, not (0 < i))
x = 5
print(1 < x < 10, 1 < x > 4, x < 10 > 9 == 9, x == 5 > 4 >= 4 != 3)
