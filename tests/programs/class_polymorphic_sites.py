# Attribute loads, stores and method calls at sites that see instances of several classes (a base
# class's method run on its subclasses' instances, Richards' tasks): every entry of a site's cache
# must answer for its own class, and stop answering when that class changes.


class Shape:
    def __init__(self, size):
        self.size = size
        self.hits = 0

    def area(self):
        return 0

    def visit(self):
        self.hits += 1
        return self.area() + self.size


class Square(Shape):
    def area(self):
        return self.size * self.size


class Line(Shape):
    pass


class Triangle(Shape):
    def __init__(self, size):
        super().__init__(size)
        self.half = size // 2

    def area(self):
        return self.size * self.half


class Circle(Shape):
    def area(self):
        return 3 * self.size * self.size


class Blob(Shape):
    def area(self):
        return -1


def run(shapes, rounds):
    total = 0
    for _ in range(rounds):
        for s in shapes:
            total += s.visit() + s.size
    return total


shapes = [Square(3), Line(4), Triangle(6), Circle(2), Blob(5), Shape(1)]
print(run(shapes, 2000))
print([s.hits for s in shapes])

# A method replaced on one subclass while the site holds all of them.
Circle.area = lambda self: 100
print(run(shapes, 1500))

# An instance attribute now shadowed by a data descriptor on one class.
Line.size = property(lambda self: 1000)
print(run(shapes, 1500))

# A method shadowed by an instance attribute on one object.
shapes[0].visit = lambda: 7
print(run(shapes, 1500))

# A new class at the same sites, and an instance whose attribute is removed.
class Star(Shape):
    def area(self):
        return self.points

s = Star(2)
s.points = 5
shapes.append(s)
print(run(shapes, 1500))
del s.points
try:
    run(shapes, 3)
except AttributeError as e:
    print("AttributeError:", e)
print([getattr(x, "hits", None) for x in shapes])
