# nan ordering: every comparison false except !=, min/max depend on argument order
nan = float("nan")
vals = [nan, 0.0, 1.0, -1.0, float("inf")]
for a in vals:
    for b in vals:
        print(a, b, a < b, a <= b, a == b, a != b, a > b, a >= b)
print(min(nan, 1.0), min(1.0, nan), max(nan, 1.0), max(1.0, nan))
print(min(2.0, nan, 1.0), max(2.0, nan, 3.0), min([nan, 5.0]), max([5.0, nan, 7.0]))
print(0 < nan < 2, nan < 0 < 1, 1 < 2 != nan)
