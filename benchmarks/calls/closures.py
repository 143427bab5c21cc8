# Closures: counters and accumulators made by factories, a memoizing decorator, composed functions.
def make_counter():
    count = 0
    def increment(step):
        nonlocal count
        count += step
        return count
    return increment


def make_accumulator(scale):
    total = [0]
    def add(value):
        total[0] += value * scale
        return total[0]
    return add


def memoize(f):
    keys = []
    values = []
    def lookup(n):
        i = 0
        while i < len(keys):
            if keys[i] == n:
                return values[i]
            i += 1
        v = f(n)
        keys.append(n)
        values.append(v)
        return v
    return lookup


@memoize
def slow_square(n):
    return n * n


def compose(f, g):
    return lambda x: f(g(x))


counters = [make_counter(), make_counter(), make_counter()]
acc = make_accumulator(3)
inc_twice = compose(counters[0], counters[1])
checksum = 0
for i in range(1500000):
    c = counters[i % 3]
    checksum += c(1) + acc(i % 7) % 1000 + slow_square(i % 20)
    checksum += inc_twice(1) % 100
print(checksum % 1000000007, counters[2](0))
