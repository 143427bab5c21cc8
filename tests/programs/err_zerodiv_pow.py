# zero to a negative power: "0.0 cannot be raised to a negative power"
# expect-exit: 1
# expect-stderr: ZeroDivisionError: 0.0 cannot be raised to a negative power
print(2 ** -2, 0 ** 0, 0.0 ** 2)
e = -1
print(0 ** e)
