# float + - * / and precedence, accumulation
a = 3.5
b = -1.25
print(a + b, a - b, a * b, a / b, b / a, -a, -b)
print(1.5 + 2.5 * 2.0, (1.5 + 2.5) * 2.0, 10.0 - 2.5 - 2.5, 1.0 / 3.0 * 3.0)
print(0.1 + 0.1 + 0.1, 0.1 * 10, 1e308 + 1e308, -1e308 * 10, 1e-320 / 10)
x = 0.0
for i in range(1, 30):
    x = x + 1.0 / i
    print(i, x)
y = 1.0
for i in range(10):
    y = y * 1.5 - 0.25
    print(i, y)
print(2.0 * 0.5, 7.0 / 2.0, 1e10 * 1e10, 1e200 * 1e200, 1e-200 * 1e-200)
