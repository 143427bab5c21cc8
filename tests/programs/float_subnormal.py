# subnormal floats and underflow to zero
x = 1.0
n = 0
while x > 0:
    if n % 50 == 0 or x < 1e-320:
        print(n, x)
    x = x / 2
    n = n + 1
print(n, x)
print(5e-324, 5e-324 / 2, 5e-324 * 0.5, 5e-324 * 0.75, 2.5e-324, 7e-324)
print(2.2250738585072014e-308 / 2, 1e-310 * 1e10, 4.9406564584124654e-324 == 5e-324)
y = 1.7976931348623157e308
print(y, y * 1.0000000000000002, y + 1e292, y + 1e291, -y, y / 1e308)
