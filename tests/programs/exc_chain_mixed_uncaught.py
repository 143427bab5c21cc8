# uncaught chain mixing explicit cause and implicit context
# expect-exit: 1
# expect-stderr: KeyError: 'final'
def inner():
    try:
        raise ValueError("root")
    except ValueError as e:
        raise TypeError("middle") from e
def outer():
    try:
        inner()
    except TypeError:
        print("outer handling TypeError")
        raise KeyError("final")
outer()
