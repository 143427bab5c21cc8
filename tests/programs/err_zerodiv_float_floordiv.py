# float floor division by zero: "float floor division by zero"
# expect-exit: 1
# expect-stderr: ZeroDivisionError: float floor division by zero
print(7.0 // 2, -7.0 // 2)
z = 0
print(7.5 // z)
