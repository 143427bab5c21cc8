# and/or return one of their operands, not necessarily a bool; not returns a bool
print(1 and 2, 0 and 2, 1 or 2, 0 or 2, 0 or 0.0, "" or "x", "a" and "b")
print(None or 5, None and 5, [] or [1], [0] and (1,), () or None, 0.0 or -0.0)
print(not 0, not 1, not "", not "a", not None, not [], not [1], not 0.0, not 2 ** 100)
print(1 and 2 and 3, 1 and 0 and 3, 0 or "" or None, 0 or "" or 7 or 8)
print(1 or 2 and 0, (1 or 2) and 0, not 1 or 2, not (1 or 2), not 1 == 2, not (1 == 2))
print(True and False or True, False or True and False, not True and False, not (True and False))
x = 5
print(x > 3 and x < 10, x > 3 and x, x < 3 or x, x < 3 or x > 100)
for i in range(-2, 4):
    print(i, i and i * 10, i or -1, not i, i > 0 and i % 2 == 0 or i == -2)
