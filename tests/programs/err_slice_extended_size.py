# assigning a sequence of another size to an extended slice
# expect-exit: 1
# expect-stderr: ValueError: attempt to assign sequence of size 2 to extended slice of size 3
row = [0, 0, 0, 0, 0]
row[::2] = [1, 2, 3]
print(row)
row[::2] = [4, 5]
