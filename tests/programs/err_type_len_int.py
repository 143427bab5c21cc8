# len of an int: "object of type 'int' has no len()"
# expect-exit: 1
# expect-stderr: TypeError: object of type 'int' has no len()
print(len([1]), len("ab"), len((1, 2, 3)))
v = 12345
print(len(v))
