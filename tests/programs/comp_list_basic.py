# list comprehensions: nested for and if clauses, scoping as CPython 3.11
print([x * x for x in range(8)])
print([x for x in range(20) if x % 2 if x % 3])
print([(x, y) for x in range(4) if x for y in 'ab' if y != 'b' or x > 2])
print([[c for c in word] for word in ['ab', '', 'cde']])
print([x for x in []], [x for x in (1, 2, 3)], [k for k in {'a': 1, 'b': 2}])
x = 'outer'
print([x for x in range(3)], x)              # the loop variable stays inside
y = 10
print([y + i for i in range(3)])             # reads the enclosing (module) scope
def scaled(items, factor):
    offset = 1
    return [item * factor + offset for item in items]
print(scaled([1, 2, 3], 10))
def first_iterable_in_enclosing_scope(n):
    n = [n, n + 1]
    return [n for n in n]                    # `n` of the first iterable is the function's
print(first_iterable_in_enclosing_scope(5))
def matrix(rows, cols):
    return [[r * cols + c for c in range(cols)] for r in range(rows)]
print(matrix(3, 4))
print([[y for y in range(x)] for x in range(4)])
total = 0
for row in matrix(30, 30):
    total += sum([v for v in row if v % 2 == 0])
print(total)
print([i for i in range(1000)][-1], len([i for i in range(1000) if i % 7 == 0]))
print([a + b for a, b in [(1, 2), (3, 4)]], [a for a, *rest in [(1, 2, 3), (4,)]])
print([d['k'] for d in [{'k': 1}, {'k': 2}]])
