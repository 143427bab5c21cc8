# A graph search over a dict of sets: 200,000 nodes, 500,000 random undirected edges (1M set items),
# then a breadth-first search from every node not yet reached (the connected components), and the
# distances from node 0. The edges come from a linear congruential generator: the same everywhere.
N = 200000
EDGES = 500000
graph = {v: set() for v in range(N)}
x = 12345
for _ in range(EDGES):
    x = (x * 1103515245 + 12345) % 2147483648
    a = (x >> 8) % N
    x = (x * 1103515245 + 12345) % 2147483648
    b = (x >> 8) % N
    if a != b:
        graph[a].add(b)
        graph[b].add(a)
print(sum(len(s) for s in graph.values()))

component = {}
sizes = []
for start in range(N):
    if start in component:
        continue
    label = len(sizes)
    component[start] = label
    queue = [start]
    i = 0
    while i < len(queue):
        u = queue[i]
        i += 1
        for v in graph[u]:
            if v not in component:
                component[v] = label
                queue.append(v)
    sizes.append(len(queue))
print(len(sizes), max(sizes))

distance = {0: 0}
frontier = {0}
level = 0
while frontier:
    level += 1
    following = set()
    for u in frontier:
        following |= graph[u]
    following -= distance.keys()
    for v in following:
        distance[v] = level
    frontier = following
print(len(distance), max(distance.values()), sum(distance.values()))
