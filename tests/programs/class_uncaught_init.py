# expect-exit: 1
# expect-stderr: TypeError: Point.__init__() takes 3 positional arguments but 4 were given
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2, 3)
