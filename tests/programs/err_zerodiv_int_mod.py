# int modulo by zero: "integer modulo by zero" (3.11 wording; // says "integer division or modulo by zero")
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer modulo by zero
for d in range(3, -1, -1):
    print(d, 17 % d)
