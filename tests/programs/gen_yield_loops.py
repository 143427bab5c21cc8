# yield in loop contexts: while/else, for/else, break and continue around yields, nested loops,
# a comprehension inside a generator (its own scope), loops over generators inside generators.
def while_else(limit, stop_at):
    n = 0
    while n < limit:
        if n == stop_at:
            yield "break at %d" % n
            break
        yield n
        n += 1
    else:
        yield "else ran"
    yield "after"


print(list(while_else(3, 10)), list(while_else(5, 2)))


def for_else(items):
    for x in items:
        if x is None:
            continue
        if x < 0:
            yield "negative"
            break
        yield x
    else:
        yield "all seen"


print(list(for_else([1, None, 2])), list(for_else([1, -1, 2])), list(for_else([])))


def grid(n):
    for i in range(n):
        for j in range(n):
            if j > i:
                break
            if (i + j) % 2:
                continue
            yield i, j
        yield "row %d" % i


print(list(grid(4)))


def with_comprehensions(rows):
    for row in rows:
        squares = [x * x for x in row]
        evens = {x for x in row if x % 2 == 0}
        yield squares, sorted(evens), {x: x + 1 for x in row}
        yield sum(x for x in squares)


print(list(with_comprehensions([[1, 2], [3, 4, 5]])))


def nested_gen():
    for word in (w.upper() for w in ["ab", "cd"]):
        for ch in (c for c in word):
            yield ch
    n = 3
    while (yield n):
        n -= 1


g = nested_gen()
print([next(g) for _ in range(5)], g.send(True), g.send(True), g.send(1))
try:
    g.send(0)
except StopIteration:
    print("stopped")
