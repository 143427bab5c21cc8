# floats formatted with a precision are correctly rounded (half to even on the exact binary value)
values = [0.5, 1.5, 2.5, 0.125, 0.375, 2.675, 1.005, 1.115, 0.045, 1e-7, 123456.789, 9.5, 99.5, 0.95,
          1 / 3, 2 / 3, 1e22, 1e23, 2 ** 53 + 1.0, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
          0.1 + 0.2, 7e-5, 9.9999e-5, 999999.5, 0.0]
for v in values:
    print(repr(v), "%.0f %.1f %.2f %.3e %.5g %.17g %.0e %.1g %g" % (v, v, v, v, v, v, v, v, v))
    print(format(v, ".15f"), format(-v, ".3%"), format(v, ".20e"), format(v, ".25g"), format(v, "#.3g"))
for digits in range(0, 30, 7):
    print(format(0.1, f".{digits}f"), format(1 / 7, f".{digits}e"), format(2 ** 0.5, f".{digits}g"))
print(format(5e-324, ".1080f")[-20:], len(format(1.0, ".500f")))
