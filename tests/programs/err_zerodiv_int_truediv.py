# int true division by zero ends the program: "division by zero"
# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
def ratio(a, b):
    return a / b
for d in [4, 2, 1, -1]:
    print(d, ratio(10, d))
print(ratio(10, 0))
