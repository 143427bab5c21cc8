# int() of int, bool, float and numeric strings
print(int(5), int(-5), int(2 ** 100), int(True), int(False))
print(int(3.99), int(-3.99), int(1e18), int(-1e18), int(1.5e19), int(0.0))
print(int("42"), int("-17"), int("+5"), int("  42  "), int("0007"), int("-0"), int("1_000_000"))
print(int("123456789012345678901234567890"), int("-98765432109876543210"))
print(int("\t9\n"), int(" -0012 "))
s = "1"
for i in range(25):
    s = s + "0"
    print(i, int(s), int("-" + s) // 3)
print(int(int("77")), int(float("2.5")), int(str(12345)) + 1)
