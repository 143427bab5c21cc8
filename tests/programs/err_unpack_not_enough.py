# unpacking two values into three names
# expect-exit: 1
# expect-stderr: ValueError: not enough values to unpack (expected 3, got 2)
xs = [1, 2]
a, b = xs
print(a, b)
a, b, c = xs
