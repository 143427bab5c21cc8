# set operations on dict keys and items views, isdisjoint, and views compared with sets
d = {1: 'a', 2: 'b', 3: 'c'}
e = {2: 'b', 3: 'x', 4: 'd'}
k, i = d.keys(), d.items()
print(k & {1, 5}, k | {5}, k - {1}, k ^ {1, 9}, {1, 5} & k, {5} | k, {1, 2, 7} - k, {9} ^ k)
print(k & e.keys(), k | e.keys(), k - e.keys(), k ^ e.keys())
print(i & e.items(), i - e.items() == {(1, 'a'), (3, 'c')}, len(i | e.items()), i ^ e.items() == {(1, 'a'), (3, 'c'), (3, 'x'), (4, 'd')})
print(k & [1, 2, 2], k | (7,), k - 'abc', [3, 4] & k, (1,) | k)
print(type(k & k).__name__, k & set(), set() | k)
print(k.isdisjoint({4, 5}), k.isdisjoint([1]), i.isdisjoint({(1, 'a')}), i.isdisjoint(e.items()), k.isdisjoint(k))
print(d.keys().isdisjoint(set(range(100))), k.isdisjoint(e.keys()), {}.keys().isdisjoint({}.keys()))
print(k == {1, 2, 3}, {1, 2, 3} == k, k != {1}, k < {1, 2, 3, 4}, {1, 2} < k, k >= frozenset({1}), i == {(1, 'a'), (2, 'b'), (3, 'c')})
print(k == [1, 2, 3], k == e.keys(), k <= set(range(5)))
v = k
v |= {8}
print(v, type(v).__name__, d)
try:
    k & 1
except TypeError as err:
    print(err)
try:
    d.values() & {1}
except TypeError as err:
    print(err)
try:
    k | [[]]
except TypeError as err:
    print(err)
