# int + - * and precedence on small ints, with negative operands
a = 7
b = -3
print(a + b, a - b, a * b, b * b, -a, -b, -(-a))
print(1 + 2 * 3, (1 + 2) * 3, 2 * 3 + 4 * 5, 10 - 4 - 3, 10 - (4 - 3))
print(2 * -3, -2 * -3, 0 * -5, -0, 0 - 0)
total = 0
i = 0
while i < 20:
    total = total + i * i - 3 * i
    print(i, total)
    i = i + 1
x = 123456789
y = 987654321
print(x + y, x - y, y - x, x * y)
print(x * 1000 + y, (x + y) * (x - y))
print(-x * -y, -(x * y))
print(1 - 1, -1 + 1, 5 + -5)
