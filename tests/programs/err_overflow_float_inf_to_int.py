# int(inf): "cannot convert float infinity to integer"
# expect-exit: 1
# expect-stderr: OverflowError: cannot convert float infinity to integer
x = 1e300
print(int(x) % 1000)
x = x * 1e10
print(x)
print(int(x))
