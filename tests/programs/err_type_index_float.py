# indexing a list with a float: "list indices must be integers or slices, not float"
# expect-exit: 1
# expect-stderr: TypeError: list indices must be integers or slices, not float
xs = [1, 2, 3]
print(xs[4 // 2])
print(xs[4 / 2])
