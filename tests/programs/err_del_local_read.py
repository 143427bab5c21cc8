# reading a parameter after deleting it
# expect-exit: 1
# expect-stderr: UnboundLocalError: cannot access local variable 'name' where it is not associated with a value


def greet(name):
    print("hello", name)
    del name
    print("bye", name)


greet("world")
