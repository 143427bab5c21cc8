# format() on ints, bools, floats and strs, and the mini-language's errors
cases = [
    (1234567, ","), (1234567, "_"), (255, "#x"), (255, "#X"), (255, "#o"), (5, "#b"), (-255, "08x"),
    (1234, "010,"), (1234, "_b"), (2 ** 100, ","), (-2 ** 100, "_x"), (65, "c"), (0x1F600, "^5c"),
    (42, "+"), (42, " "), (-42, " "), (42, "=+8"), (42, "*<8"), (42, "é^9"), (True, ""), (True, "d"),
    (False, ">5"), (7, "n"), (7, "e"), (7, ".2%"), (10 ** 20, "g"),
    (1.0, ""), (1e16, ""), (1e-5, ""), (0.1, ".3"), (1234.5, ","), (1234.5, "012,.2f"), (-0.0, ""),
    (-0.0, "z"), (-0.0, "z.1f"), (-0.0001, "z.2f"), (1.5, "%"), (0.5, ".0f"), (2.5, ".0f"), (0.125, ".2f"),
    (1.0, "#"), (12.0, "#.0f"), (1.0, ".0e"), (1.0, "#.0e"), (0.0, "g"), (0.0, "#g"), (123456789.0, "g"),
    (1e300, ".3e"), (5e-324, ".5e"), (5e-324, ".330f"), (1.7976931348623157e308, ",.0f"), (0.1, ".30f"),
    (float("inf"), "010"), (float("-inf"), "+"), (float("nan"), "=+10"), (float("nan"), "E"), (1e100, "F"),
    (2.675, ".2f"), (1.0000005, ".6f"), (9.9999, ".3g"), (0.00001234, ".2g"), (1234567.0, "n"),
    ("abc", ""), ("abc", ">6"), ("abc", "^7"), ("abc", ".1"), ("abc", "*^7.2"), ("日本", "~>6"), ("a", "03"),
    ("a", "0>3"), ([1, 2], ""), (None, ""),
    (1, "abc"), ("a", "+"), ("a", " "), ("a", "z"), ("a", "#"), ("a", "="), (1.5, "d"), (1, ".2"), (1, "z"),
    (1, "+c"), (1, "#c"), (1, ",c"), (1, ",x"), (1, ",_"), (1, "_,"), (1, "."), (1, "99999999999999999999"),
    (1.5, ".99999999999f"), (-1, "c"), (2 ** 64, "c"), (0x110000, "c"), ([1], "x"), (None, ">3"), (1, "é"),
    (1.0, "é"), (1, "\x01"), ("abc", "d"), (1.5, "c"), (1, "s"), (5, ",n"), (10 ** 20, ",e"),
]
for value, spec in cases:
    try:
        print(repr(value), repr(spec), repr(format(value, spec)))
    except ValueError as e:
        print(repr(value), repr(spec), "ValueError:", e)
    except TypeError as e:
        print(repr(value), repr(spec), "TypeError:", e)
    except OverflowError as e:
        print(repr(value), repr(spec), "OverflowError:", e)
print(format(12), format("x"), format(2.5))
for bad in [lambda: format(), lambda: format(1, "", 2), lambda: format(1, 2), lambda: format(1, spec="x")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
