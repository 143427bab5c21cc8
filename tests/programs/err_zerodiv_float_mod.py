# float modulo by zero: "float modulo"
# expect-exit: 1
# expect-stderr: ZeroDivisionError: float modulo
vals = [5.5, -5.5, 3.0]
for v in vals:
    print(v, v % 2.0, v % -2.0)
print(vals[0] % 0.0)
