# float() of int, float, bool and numeric strings
print(float(5), float(-5), float(0), float(True), float(2 ** 80), float(1.5))
print(float("1.5"), float("-2.25"), float("  3.5  "), float("1e5"), float("1E-5"), float("+7"))
print(float(".5"), float("5."), float("-.5e3"), float("0.1"), float("1_000.5"), float("00012"))
print(float("inf"), float("-inf"), float("+inf"), float("Infinity"), float("-INFINITY"), float("iNf"))
print(float("nan"), float("-nan"), float("NaN"), float("1e400"), float("-1e400"), float("1e-400"))
print(float("0.30000000000000004"), float("2.2250738585072014e-308"), float("4.9e-324"))
print(float("123456789012345678901234567890"), float("9007199254740993"))
print(float("1.7976931348623157e308"), float("1.7976931348623159e308"))
d = "0."
for i in range(20):
    d = d + "3"
    print(i, float(d), float("-" + d + "e" + str(i)))
