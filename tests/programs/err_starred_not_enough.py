# a starred assignment with too few values
# expect-exit: 1
# expect-stderr: ValueError: not enough values to unpack (expected at least 2, got 1)
first, *middle, last = [1, 2]
print(first, middle, last)
first, *middle, last = [1]
