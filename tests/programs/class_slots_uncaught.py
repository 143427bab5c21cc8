# expect-exit: 1
# expect-stderr: AttributeError: 'Frozen' object has no attribute 'colour'
class Frozen:
    __slots__ = ("color", "size")

    def __init__(self):
        self.color = "red"
        self.size = 3


f = Frozen()
f.size = 4
print(f.color, f.size)
f.colour = "blue"
