# Int keys: a dict used as a sparse array and as a cache, with insertions, lookups and deletions (holes,
# dummies and resizes), and dict comprehensions over it.
table = {}
for i in range(300000):
    table[i * 2654435761 % 1000003] = i
hits = 0
for i in range(600000):
    if i in table:
        hits += table[i] & 1
for i in range(0, 300000, 3):
    del table[i * 2654435761 % 1000003]
for i in range(100000):
    table[i] = table.get(i, 0) + 1
squares = {k: v * v for k, v in table.items() if v % 5 == 0}
print(len(table), hits, len(squares), sum(squares.values()) % 1000003)

collatz = {1: 0}
def steps(n):
    chain = []
    while n not in collatz:
        chain.append(n)
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    k = collatz[n]
    while chain:
        k += 1
        collatz[chain.pop()] = k
    return k
best = 0
for i in range(1, 100000):
    best = max(best, steps(i))
print(best, len(collatz))
