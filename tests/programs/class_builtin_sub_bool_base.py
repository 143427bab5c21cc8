# expect-exit: 1
# expect-stderr: TypeError: type 'bool' is not an acceptable base type
# bool cannot be derived from.
print("before")


class Truthy(bool):
    pass
