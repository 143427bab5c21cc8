# tuple index past the end: "tuple index out of range"
# expect-exit: 1
# expect-stderr: IndexError: tuple index out of range
t = (10, 20, 30)
print(t[0], t[-1], t[-3])
print(t[3])
