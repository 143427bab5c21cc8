# assigning what is not iterable to a slice
# expect-exit: 1
# expect-stderr: TypeError: can only assign an iterable
row = [0, 0, 0]
row[1:2] = 5
