# for over an int: "'int' object is not iterable"
# expect-exit: 1
# expect-stderr: TypeError: 'int' object is not iterable
for x in [1, 2]:
    print(x)
n = 3
for x in n:
    print(x)
