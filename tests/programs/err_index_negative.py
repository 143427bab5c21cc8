# negative list index past the start: "list index out of range"
# expect-exit: 1
# expect-stderr: IndexError: list index out of range
xs = [5, 6]
for i in range(-1, -4, -1):
    print(i, xs[i])
