# int ** int: positive exponents stay exact, negative exponents give floats
print(2 ** 10, 2 ** 0, 0 ** 0, 0 ** 5, 1 ** 1000, (-1) ** 1001, (-1) ** 1000)
print((-2) ** 3, (-2) ** 4, -2 ** 2, (-2) ** 2, 3 ** 3 ** 2, (3 ** 3) ** 2)
print(2 ** 62, 2 ** 63, 2 ** 64, 2 ** 100, 2 ** 200)
print((-3) ** 41, 7 ** 77)
print(2 ** -1, 2 ** -2, 10 ** -3, (-2) ** -3, 4 ** -1, 3 ** -1)
print(10 ** -400, 2 ** -1074, 2 ** -1075, (-10) ** -3)
for e in range(-4, 5):
    print(e, 2 ** e, (-3) ** e, 10 ** e)
x = 1
for i in range(70):
    x = x * 3
print(x, x == 3 ** 70)
