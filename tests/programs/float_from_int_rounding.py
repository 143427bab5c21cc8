# float(int) rounds half to even; int(float) truncates toward zero
print(float(2 ** 53), float(2 ** 53 + 1), float(2 ** 53 + 2), float(2 ** 53 + 3))
print(float(2 ** 63), float(2 ** 63 - 1), float(2 ** 64 + 1), float(-(2 ** 63)))
print(float(10 ** 20 + 1), float(10 ** 22), float(10 ** 23), float(-(10 ** 30)))
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 970 - 1), float(2 ** 1024 - 2 ** 971 - 1))
print(int(3.7), int(-3.7), int(0.5), int(-0.5), int(-0.0), int(1e20), int(-2.5e30))
print(int(1.7976931348623157e308))
print(int(2.0 ** 70), int(123456789.987654321), int(1e-300), int(9007199254740993.0))
x = 1
for i in range(0, 80, 4):
    print(i, float(x), int(float(x)) == x, float(x * 3 + 1), float(-x - 1))
    x = x * 16 + 1
