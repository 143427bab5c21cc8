# Builtins consuming generators: list, tuple, set, dict, sum, min, max, sorted, any, all, zip,
# enumerate, map, filter, reversed(list(...)), str.join, and how far each one drives the generator
# (any and all stop early, zip stops at the shortest, leaving the others suspended).
trace = []


def numbers(n, name):
    for i in range(n):
        trace.append((name, i))
        yield i


print(list(numbers(3, "list")), tuple(numbers(2, "tuple")), sorted(set(numbers(4, "set"))))
print(dict((i, i * i) for i in numbers(3, "dict")), sum(numbers(5, "sum")))
print(min(numbers(4, "min")), max(numbers(4, "max"), default=None), max((x for x in []), default="empty"))
print(sorted(numbers(3, "sorted"), reverse=True), "-".join(str(i) for i in numbers(3, "join")))
trace.clear()
print(any(x > 1 for x in numbers(10, "any")), trace)
trace.clear()
print(all(x < 2 for x in numbers(10, "all")), trace)
trace.clear()
print(list(zip(numbers(5, "zip-long"), numbers(2, "zip-short"))), trace)
print(list(enumerate(numbers(3, "enum"), start=1)), list(map(lambda x: x * 10, numbers(3, "map"))))
print(list(filter(None, numbers(4, "filter"))), list(reversed(list(numbers(3, "rev")))))
print(list(map(pow, numbers(3, "base"), numbers(3, "exp"))))
g = numbers(5, "partial")
print(3 in g, list(g))
try:
    min(x for x in [])
except ValueError as e:
    print("ValueError:", e)
print(next(iter(numbers(2, "iter"))), len(list(numbers(100, "len"))))
print(bytes(x for x in range(65, 70)), bytearray(x + 1 for x in range(3)), frozenset(x % 2 for x in range(5)))
