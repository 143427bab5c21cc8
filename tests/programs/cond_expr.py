# conditional expressions, nested and inside other expressions
for i in range(-3, 4):
    sign = "neg" if i < 0 else "zero" if i == 0 else "pos"
    a = i if i > 0 else -i
    print(i, sign, a, (i * 2 if i % 2 else i // 2) + 1)
x = 5
y = 1 if x > 3 else 2 if x > 1 else 3
print(y, [x if x else 0, 0 if x else x], (x > 4) if x else None)
print(1 + (2 if False else 3) * 4, "a" + ("b" if x else "c"))
def pick(n):
    return n * 2 if n < 5 else pick(n - 5)
print(pick(3), pick(7), pick(23))
