# int/float mixed arithmetic and comparisons; bools count as ints
print(1 + 2.0, 2.0 + 1, 3 - 0.5, 0.5 - 3, 4 * 2.5, 2.5 * 4, 7 / 2.0, 7.0 / 2)
print(2 ** 100 * 1.5, 1.5 * 2 ** 100, 2 ** 100 + 0.5, 2 ** 100 - 2.0 ** 100)
print(10 ** 20 / 3.0, 3.0 / 10 ** 20, -(10 ** 20) * 1e-20)
print(1 == 1.0, 2 == 2.000001, 3 < 3.5, -1 > -1.5, 0 == -0.0, 1 != 1.0)
print(True + 1.5, False * 2.5, 1.0 * True, True / 2, 3.0 // True)
i = 0
x = 0.0
while i < 10:
    x = x + i * 0.5 + i // 3 - i % 4 * 0.25
    print(i, x, x * i, x - i, i / (x + 1))
    i += 1
print(5 // 2.0, 5 % 2.0, -5 // 2.0, -5 % 2.0)
print(int(7 / 2), int(-7 / 2), 7 // 2, -7 // 2)
print(max(1, 2.5), min(1, 2.5), max(3, 2.5), min(-1, -0.5), abs(-2.5), abs(-2))
