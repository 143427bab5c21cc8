"""Spheres hit by rays, over small Vector objects whose methods return new vectors: allocation, method
calls, attribute loads and floats."""
import sys


class Vector:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def add(self, o):
        return Vector(self.x + o.x, self.y + o.y, self.z + o.z)

    def sub(self, o):
        return Vector(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vector(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z


class Sphere:
    def __init__(self, center, radius):
        self.center = center
        self.radius = radius

    def hit(self, origin, direction):
        oc = origin.sub(self.center)
        b = oc.dot(direction)
        c = oc.dot(oc) - self.radius * self.radius
        d = b * b - c
        if d < 0.0:
            return -1.0
        return -b - d ** 0.5


def render(size, spheres):
    eye = Vector(0.0, 0.0, -5.0)
    hits = 0
    shade = 0.0
    for py in range(size):
        for px in range(size):
            d = Vector(px / size - 0.5, py / size - 0.5, 1.0)
            d = d.scale(1.0 / d.dot(d) ** 0.5)
            nearest = 1e9
            for s in spheres:
                t = s.hit(eye, d)
                if 0.0 < t < nearest:
                    nearest = t
            if nearest < 1e9:
                hits += 1
                p = eye.add(d.scale(nearest))
                shade += p.dot(d)
    return hits, shade


spheres = [Sphere(Vector(x * 0.7 - 1.0, x * 0.3 - 0.5, 3.0 + x), 0.6) for x in range(4)]
hits, shade = render(int(sys.argv[1]) if len(sys.argv) > 1 else 300, spheres)
print(hits, "%.6f" % shade)
