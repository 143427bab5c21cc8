# A pipeline of generators, each pulling from the one before.
def numbers(n):
    for i in range(n):
        yield i


def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v


def squares(source):
    for v in source:
        yield v * v


def running_total(source):
    total = 0
    for v in source:
        total += v
        yield total


def take(n, source):
    for v in source:
        if n <= 0:
            return
        n -= 1
        yield v


print(list(take(5, running_total(squares(evens(numbers(100)))))))
print(sum(squares(evens(numbers(10000)))))
pipeline = running_total(squares(numbers(10)))
print(next(pipeline), next(pipeline), list(pipeline))


def chunks(source, size):
    chunk = []
    for item in source:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


print(list(chunks(numbers(10), 3)))


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


print(list(take(15, fib())))
print(next(x for x in fib() if x > 1000))
