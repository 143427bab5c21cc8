# expect-exit: 1
# expect-stderr: TypeError: __bool__ should return bool, returned int
class Flag:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        return self.v


if Flag(True):
    print("true")
if Flag(1):
    print("never")
