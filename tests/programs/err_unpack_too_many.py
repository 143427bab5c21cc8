# unpacking three values into two names
# expect-exit: 1
# expect-stderr: ValueError: too many values to unpack (expected 2)
a, b = 1, 2
print(a, b)
t = (1, 2, 3)
a, b = t
print("not reached")
