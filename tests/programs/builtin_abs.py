# abs of ints, big ints, floats, bools and special floats
vals = [0, 1, -1, 7, -7, 2 ** 62, -(2 ** 62), -(2 ** 63), -(2 ** 100), 3.5, -3.5, -0.0, 0.0]
for x in vals:
    print(x, abs(x), abs(-x), abs(x) == abs(-x))
print(abs(True), abs(False), abs(float("-inf")), abs(float("nan")), abs(-5e-324))
print(abs(-1e308), abs(abs(-3)), abs(-2 ** 2), abs((-2) ** 3), abs(-7 // 2), abs(-7 % 3))
