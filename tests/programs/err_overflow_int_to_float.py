# float(huge int): "int too large to convert to float"
# expect-exit: 1
# expect-stderr: OverflowError: int too large to convert to float
print(float(2 ** 1023), float(2 ** 1024 - 2 ** 971))
n = 2 ** 1024
print(n > 10 ** 300)
print(float(n))
