# expect-exit: 1
# expect-stderr: AttributeError: 'Strict' object has no attribute 'weight'
class Strict:
    def __init__(self):
        self.color = "red"

    def __getattribute__(self, name):
        return object.__getattribute__(self, name)


s = Strict()
print(s.color)
print(s.weight)
