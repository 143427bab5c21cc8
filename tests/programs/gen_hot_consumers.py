# Consumers hot enough to be compiled (the JIT's tiers) driving generators, leaving their loops by
# break, return and an exception, and resuming generators with send and throw in a loop.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def first_over(limit, n):
    for x in numbers(n):
        if x > limit:
            return x
    return None


def sum_until(n, stop):
    total = 0
    for x in numbers(n):
        if x == stop:
            break
        total += x
    return total


def failing(n):
    for x in numbers(n):
        if x == 3:
            raise KeyError(x)
    return n


def sender(rounds):
    def acc():
        total = 0
        while True:
            try:
                total += yield total
            except ValueError:
                total = 0
    g = acc()
    next(g)
    out = 0
    for i in range(rounds):
        out += g.send(i)
        if i % 7 == 0:
            g.throw(ValueError)
    return out


results = []
for k in range(60):
    results.append(first_over(k % 10, 20))
    results.append(sum_until(30, k % 25))
    try:
        failing(10)
    except KeyError as e:
        results.append(e.args[0])
print(sum(r for r in results if r is not None), len(results))
print([sender(r) for r in range(0, 60, 6)])
print(sum(sum(x for x in numbers(k)) for k in range(80)))
