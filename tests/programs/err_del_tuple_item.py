# tuples do not support item deletion
# expect-exit: 1
# expect-stderr: TypeError: 'tuple' object doesn't support item deletion
point = (1, 2)
del point[0]
