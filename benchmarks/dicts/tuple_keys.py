# A dict keyed by tuples: the lattice paths of a 300 x 300 grid with blocked cells, memoized by (row, col),
# and a breadth-first search over a dict of neighbour lists keyed by (x, y).
n = 300
blocked = {}
for i in range(n * n // 10):
    blocked[(i * 37 % n, i * 91 % n)] = True
blocked.pop((0, 0), None)

paths = {(0, 0): 1}
for r in range(n):
    for c in range(n):
        if (r, c) in blocked or (r == 0 and c == 0):
            continue
        paths[(r, c)] = paths.get((r - 1, c), 0) + paths.get((r, c - 1), 0)
print(len(paths), paths[(n - 1, n - 1)] % 1000000007)

graph = {}
for x in range(200):
    for y in range(200):
        if (x, y) not in blocked:
            graph[(x, y)] = [(x + dx, y + dy) for dx, dy in [(1, 0), (-1, 0), (0, 1), (0, -1)]
                             if 0 <= x + dx < 200 and 0 <= y + dy < 200 and (x + dx, y + dy) not in blocked]
distance = {(0, 0): 0}
frontier = [(0, 0)]
while frontier:
    following = []
    for node in frontier:
        for other in graph[node]:
            if other not in distance:
                distance[other] = distance[node] + 1
                following.append(other)
    frontier = following
print(len(graph), len(distance), max(distance.values()))
