# expect-exit: 1
# expect-stderr: TypeError: unhashable type: 'Point'
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __eq__(self, other):
        return (self.x, self.y) == (other.x, other.y)


print(Point(1, 2) == Point(1, 2))
seen = set()
seen.add(Point(1, 2))
