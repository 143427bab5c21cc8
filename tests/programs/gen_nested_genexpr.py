# Nested generator expressions: in each other's iterables and elements, several for and if
# clauses, the first iterable evaluated at once and the others in the generator.
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(x for row in matrix for x in row if x % 2))
print(list(list(x * y for x in row) for y, row in enumerate(matrix)))
print(sum(sum(x for x in row) for row in matrix))
print(list((a, b) for a in range(4) if a % 2 for b in range(a) if b != 1))
outer = (list(inner) for inner in ((i * j for j in range(3)) for i in range(3)))
print(list(outer))
transposed = list(tuple(row[i] for row in matrix) for i in range(3))
print(transposed)
trace = []


def src(name, n):
    trace.append(name)
    return range(n)


g = (x + y for x in src("first", 2) for y in src("second", 2))
print(trace)
print(list(g), trace)
try:
    (x for x in 5)
except TypeError as e:
    print("TypeError:", e)
g2 = (x for x in [1] for y in 5)
try:
    next(g2)
except TypeError as e:
    print("TypeError at next:", e)
print(any(x > 4 for row in matrix for x in row), all(x for x in (y for y in [1, 0])))
print(dict((k, list(v for v in range(k))) for k in range(3)))
print(max((len(w), w) for w in "the quick brown fox".split()))
