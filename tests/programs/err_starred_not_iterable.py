# a starred assignment from what is not iterable
# expect-exit: 1
# expect-stderr: TypeError: cannot unpack non-iterable int object
head, *tail = 42
