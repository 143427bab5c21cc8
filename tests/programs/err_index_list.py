# list index past the end: "list index out of range"
# expect-exit: 1
# expect-stderr: IndexError: list index out of range
xs = [1, 2, 3]
i = 0
while True:
    print(i, xs[i])
    i += 1
