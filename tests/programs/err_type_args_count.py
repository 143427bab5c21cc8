# calling with too many positional arguments
# expect-exit: 1
# expect-stderr: TypeError: add() takes from 1 to 2 positional arguments but 3 were given
def add(a, b=10):
    return a + b
print(add(1), add(1, 2))
print(add(1, 2, 3))
