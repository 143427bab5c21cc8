# expect-exit: 1
# expect-stderr: TypeError: __index__ returned non-int (type float)
class Position:
    def __init__(self, at):
        self.at = at

    def __index__(self):
        return self.at


items = ["a", "b", "c"]
print(items[Position(1)])
print(items[Position(1.0)])
