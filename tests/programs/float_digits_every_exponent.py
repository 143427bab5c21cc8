# env: PYTHONHASHSEED=5
# repr and formatting of floats across every binary exponent, subnormals and the largest included:
# the digit generation sizes its big numbers by the exponent
checksum = 0
for e in range(-1074, 1024):
    for m in (1.0, 1.2345678901234567, 1.9999999999999998, 1.5):
        x = m * 2.0 ** e
        if x == float("inf"):
            continue
        texts = [repr(x), "%.2f" % x, "%.17g" % x, "%.3e" % x, format(x, ".0f"), format(x, "g"), f"{-x:.30f}"]
        checksum = (checksum * 31 + hash("|".join(texts))) % 1000000007
        if e % 97 == 0:
            print(e, texts[0], texts[2], texts[3], texts[5], texts[1][:40], len(texts[4]))
print(repr(5e-324), repr(2.2250738585072014e-308), repr(1.7976931348623157e308), "%.1f" % 0.25, "%.0f" % 0.5)
print("%.1f %.1f %.2f %.2f %.3f" % (0.05, 0.15, 0.125, 0.375, 1.0005), round(2.675, 2), f"{1e22:.3f}", f"{1e23:f}")
print(checksum)
