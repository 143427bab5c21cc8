# dict comprehensions: keys first, later keys replace values, nested clauses, equal keys collapsing
print({x: x * x for x in range(6)})
print({k: v for k, v in [('a', 1), ('b', 2), ('a', 3)]})
print({x % 3: x for x in range(10)})
print({1: 'a', **{x: str(x) for x in [1.0, True, 2]}})
order = []
def key(k):
    order.append('key')
    return k
def value(v):
    order.append('value')
    return v
print({key(i): value(i) for i in range(2)}, order)
words = ['apple', 'bob', 'kayak', 'level', 'python', 'bob']
print({w: len(w) for w in words if w == w[::-1]})
print({(i, j): i * j for i in range(3) for j in range(i, 3) if i != j})
def invert(d):
    return {v: k for k, v in d.items()}
print(invert({'a': 1, 'b': 2, 'c': 1}))
print({k: [v for v in range(k)] for k in range(4)})
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
print({w: n for w, n in counts.items() if n > 1})
big = {i: -i for i in range(5000)}
print(len(big), big[4999], sum(big.values()))
