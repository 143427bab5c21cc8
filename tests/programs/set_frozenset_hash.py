# hash(frozenset) is CPython's frozenset_hash; frozensets as dict keys and set members
for f in (frozenset(), frozenset({0}), frozenset({1}), frozenset({1, 2, 3}), frozenset(range(100)),
          frozenset({-1, -2}), frozenset({2 ** 61 - 1, 2 ** 70, -5}), frozenset({1.5, 0.25, -0.0}),
          frozenset({(1, 2), (3,), ()}), frozenset({frozenset({1}), frozenset({1, 2}), frozenset()}),
          frozenset({True, 1.0}), frozenset([3, 2, 1])):
    print(hash(f), f)
print(hash(frozenset({1, 2})) == hash(frozenset({2, 1})), hash(frozenset(range(10))) == hash(frozenset(range(9, -1, -1))))
s = set(range(50))
for i in range(0, 50, 3):
    s.discard(i)
print(hash(frozenset(s)) == hash(frozenset(sorted_ := list(s))), hash(frozenset(s)))
d = {frozenset({1, 2}): 'a', frozenset(): 'empty', frozenset({3}): 'c'}
print(d[frozenset([2, 1])], d[frozenset()], frozenset({3}) in d, frozenset({4}) in d, d)
d[frozenset({2, 1})] = 'again'
print(len(d), d)
nested = {frozenset({1}), frozenset({1}), frozenset({frozenset({2})}), frozenset({frozenset({2})})}
print(nested, len(nested))
print({(frozenset({1}), 2): 3}[(frozenset([1]), 2)], hash((frozenset({1}), 2)))
try:
    hash({1})
except TypeError as e:
    print(e)
try:
    {{1}: 2}
except TypeError as e:
    print(e)
try:
    {{1}, 2}
except TypeError as e:
    print(e)
try:
    frozenset([{1}])
except TypeError as e:
    print(e)
try:
    hash(frozenset([1, 2]).union([[]]))
except TypeError as e:
    print(e)
