# float true division by zero: "float division by zero" (also int / 0.0)
# expect-exit: 1
# expect-stderr: ZeroDivisionError: float division by zero
x = 1.5
for d in [2.0, 0.5, -0.25, 1e-300]:
    print(d, x / d)
print(3 / -0.0)
