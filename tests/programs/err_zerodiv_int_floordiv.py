# int floor division by zero: "integer division or modulo by zero"
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
x = 2 ** 100
for d in [7, -7, 3, 1]:
    print(d, x // d)
d = 0
print(x // d)
