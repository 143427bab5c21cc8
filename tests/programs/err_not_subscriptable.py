# indexing an int: "'int' object is not subscriptable"
# expect-exit: 1
# expect-stderr: TypeError: 'int' object is not subscriptable
t = (1, (2, 3))
print(t[1][0])
print(t[0][0])
