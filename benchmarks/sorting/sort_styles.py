# Sorting in a few styles: random small ints, already sorted ints, reversed ints, floats, strs,
# records (tuples) by a key function, reverse=, and many short sorts; a checksum of each result.
state = [12345]


def rand(n):
    state[0] = (state[0] * 1103515245 + 12345) % 2147483648
    return state[0] % n


def check(items):
    return (items[0], items[len(items) // 2], items[-1], len(items))


N = 300000
ints = [rand(1000000) for _ in range(N)]
print(check(sorted(ints)))
ordered = list(range(N))
ordered.sort()
print(check(ordered))
backwards = list(range(N, 0, -1))
backwards.sort()
print(check(backwards))
floats = [rand(1000000) / 7 for _ in range(N)]
floats.sort()
print(check(floats))
words = [str(rand(100000)) + "w" for _ in range(N // 2)]
print(check(sorted(words, reverse=True)))
records = [(rand(1000), "name" + str(i), i) for i in range(N // 2)]
by_first = sorted(records, key=lambda r: r[0])
print(check(by_first))
print(check(sorted(records)))
total = 0
for k in range(20000):
    small = [rand(100) for _ in range(12)]
    small.sort()
    total += small[0] + small[-1]
print(total)
