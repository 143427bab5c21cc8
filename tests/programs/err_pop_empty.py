# popping from an empty list: "pop from empty list"
# expect-exit: 1
# expect-stderr: IndexError: pop from empty list
xs = [1, 2, 3]
while True:
    print(xs.pop(), len(xs))
