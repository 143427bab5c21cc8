"""n-body over Body objects, written as people write it: attribute loads and stores, method calls."""
import sys


class Body:
    def __init__(self, x, y, z, vx, vy, vz, mass):
        self.x = x
        self.y = y
        self.z = z
        self.vx = vx
        self.vy = vy
        self.vz = vz
        self.mass = mass

    def move(self, dt):
        self.x += dt * self.vx
        self.y += dt * self.vy
        self.z += dt * self.vz

    def pull(self, other, dt):
        dx = self.x - other.x
        dy = self.y - other.y
        dz = self.z - other.z
        d2 = dx * dx + dy * dy + dz * dz
        mag = dt / (d2 * d2 ** 0.5)
        m1 = self.mass * mag
        m2 = other.mass * mag
        self.vx -= dx * m2
        self.vy -= dy * m2
        self.vz -= dz * m2
        other.vx += dx * m1
        other.vy += dy * m1
        other.vz += dz * m1


class System:
    def __init__(self, bodies):
        self.bodies = bodies

    def advance(self, dt):
        bodies = self.bodies
        n = len(bodies)
        for i in range(n):
            for j in range(i + 1, n):
                bodies[i].pull(bodies[j], dt)
        for b in bodies:
            b.move(dt)

    def energy(self):
        e = 0.0
        bodies = self.bodies
        for i in range(len(bodies)):
            b = bodies[i]
            e += 0.5 * b.mass * (b.vx * b.vx + b.vy * b.vy + b.vz * b.vz)
            for j in range(i + 1, len(bodies)):
                o = bodies[j]
                dx, dy, dz = b.x - o.x, b.y - o.y, b.z - o.z
                e -= b.mass * o.mass / (dx * dx + dy * dy + dz * dz) ** 0.5
        return e


def main(steps):
    bodies = [Body(0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 39.47),
              Body(4.84, -1.16, -0.10, 0.606, 2.81, -0.02, 0.037),
              Body(8.34, 4.12, -0.40, -1.01, 1.82, 0.008, 0.011),
              Body(12.89, -15.11, -0.22, 1.08, 0.868, -0.01, 0.0017),
              Body(15.37, -25.91, 0.17, 0.979, 0.594, -0.034, 0.002)]
    s = System(bodies)
    print("%.9f" % s.energy())
    for _ in range(steps):
        s.advance(0.01)
    print("%.9f" % s.energy())


main(int(sys.argv[1]) if len(sys.argv) > 1 else 100000)
