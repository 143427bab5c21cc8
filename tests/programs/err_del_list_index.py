# del of a list item past the end
# expect-exit: 1
# expect-stderr: IndexError: list assignment index out of range
stack = [1, 2, 3]
del stack[-1]
print(stack)
del stack[5]
