# Floats and closures in generators whose code is compiled: float arithmetic across yields (no bare
# double may be left in a suspended frame), cells shared with nested functions and other generators.
def averages(items):
    total = 0.0
    count = 0
    for x in items:
        total += x * 0.5
        count += 1
        yield total / count


def orbit(steps):
    x, y, vx, vy = 1.0, 0.0, 0.0, 1.0
    for _ in range(steps):
        r2 = x * x + y * y
        ax, ay = -x / r2, -y / r2
        vx += ax * 0.01
        vy += ay * 0.01
        x += vx * 0.01
        y += vy * 0.01
        yield x - y
    yield (x, y)


def counter():
    count = 0

    def bump(k):
        nonlocal count
        count += k
        return count

    while True:
        got = yield bump
        if got is None:
            break
        bump(got)
    yield count


def shared(n):
    seen = []
    def remember(v):
        seen.append(v)
    for i in range(n):
        remember(i * 1.5)
        yield len(seen)
    yield sum(seen)


print(sum(averages([float(i) for i in range(4000)])))
o = list(orbit(3000))
print(len(o), o[-1], round(sum(o[:-1]), 6))

c = counter()
bump = next(c)
for k in range(3000):
    c.send(k % 5)
print(bump(100), next(c))

*lengths, total = shared(3000)
print(lengths[-1], total)

gens = (x * 1.25 for x in range(5000))
print(sum(gens))
print(sum(y / 3 for y in (x * 2.5 for x in range(4000))))
