# Sets in several styles: dedup by set(), a set comprehension and add() in a loop; membership tests
# against a set, a frozenset and a constant display; the set algebra; a graph search over a dict of sets.
# 1M ints drawn from 50,000 values, and 100,000 strs (pyvm has no str.split yet: made by str()).
values = [(i * i + 7 * i) % 50021 for i in range(1000000)]
words = ["w" + str(v) for v in values[:100000]]

unique = set(values)
by_comprehension = {v for v in values}
added = set()
for v in values:
    added.add(v)
word_set = set(words)

hits = 0
frozen = frozenset(range(0, 50021, 3))
for v in values:
    if v in unique:
        hits += 1
    if v in frozen:
        hits += 1
    if v % 10 in {1, 3, 7, 9}:
        hits += 1
for w in words:
    if w in word_set:
        hits += 1

evens = {v for v in unique if v % 2 == 0}
threes = set(range(0, 50021, 3))
algebra = len(evens | threes) + len(evens & threes) + len(evens - threes) + len(evens ^ threes)

graph = {}
for v in range(20000):
    graph[v] = {(v * 3 + 1) % 20000, (v * 7 + 5) % 20000, (v + 1) % 20000}
seen = {0}
frontier = [0]
while frontier:
    following = []
    for node in frontier:
        for n in graph[node] - seen:
            seen.add(n)
            following.append(n)
    frontier = following

print(len(unique), unique == by_comprehension == added, len(word_set), hits, algebra, len(seen))
