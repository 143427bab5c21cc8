# pop with an index past the end: "pop index out of range"
# expect-exit: 1
# expect-stderr: IndexError: pop index out of range
xs = [1, 2, 3]
print(xs.pop(0), xs.pop(-1), xs)
print(xs.pop(5))
