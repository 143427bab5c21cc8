# del of a list's method
# expect-exit: 1
# expect-stderr: AttributeError: 'list' object attribute 'append' is read-only
queue = [1, 2]
del queue.append
