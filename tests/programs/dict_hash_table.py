# dict as a hash table: growth, deletion, reinsertion, keys of every hashable kind, equal keys collapsing
d = {}
for i in range(2000):
    d[i * 7919 % 10007] = i
print(len(d), d[7919], d[0], sum(d.values()))
for i in range(0, 2000, 2):
    del d[i * 7919 % 10007]
print(len(d), list(d)[:6], 7919 in d, 15838 in d)
for i in range(0, 2000, 4):
    d[i * 7919 % 10007] = -i           # back, at the end of the order
print(len(d), list(d.items())[-3:])
d.clear()
print(d, len(d))
d[5] = 'x'
print(d)

# 1, 1.0 and True are one key: the first key object stays, the last value wins
e = {1: 'int', 1.0: 'float', True: 'bool'}
print(e, e[1.0], e[True])
e[0] = 'zero'
e[False] = 'false'
e[0.0] = 'float zero'
e[-0.0] = 'negative zero'
print(e)
del e[True]
print(e, 1 in e, 1.0 in e, 0 in e)

# equal hashes, different keys: hash(-1) == hash(-2), hash(2**61 - 1) == hash(0)
f = {-1: 'a', -2: 'b', 0: 'c', 2 ** 61 - 1: 'd', 2 ** 61: 'e', 1: 'f'}
print(f, hash(-1) == hash(-2), hash(2 ** 61 - 1) == hash(0))
print(f[-1], f[-2], f[2 ** 61 - 1], f[2 ** 61], f[0])
big = {2 ** 100: 1, -(2 ** 100): 2, 2 ** 62: 3, -(2 ** 62) - 1: 4, 2 ** 80 + 0.0: 5}
print(big[2 ** 100], big[-(2 ** 100)], big[2 ** 62], big[-(2 ** 62) - 1], big[2 ** 80], len(big))

# strs, tuples, None, floats, ranges, nested tuples
g = {}
for word in ["apple", "b", "", "apple", "ü", "日本", "b" * 100, "", "b" * 100]:
    g[word] = g.get(word, 0) + 1
print(g)
h = {(1, 2): 'pair', (1, (2, 3)): 'nested', (): 'empty', None: 'none', 2.5: 'float', range(3): 'range',
     (1, 2.0): 'same pair'}
print(h, h[(1.0, 2)], h[range(0, 3)], h[()])
nan = float('nan')
n = {nan: 1}
n[nan] = 2                 # the same object: found by identity
n[float('nan')] = 3        # another nan: a new key
print(len(n), n[nan])

# unhashable keys
for bad in ([1], {}, {}.keys(), ([],)):
    try:
        d[bad] = 1
    except TypeError as exc:
        print(exc)
    try:
        print(bad in d)
    except TypeError as exc:
        print(exc)

# pop, setdefault, get, update, copy keep working over deletions
k = dict.fromkeys if False else {}
for i in range(50):
    k[str(i)] = i
for i in range(0, 50, 3):
    k.pop(str(i))
print(len(k), k.setdefault('1', 'no'), k.setdefault('0', 'yes'), k.get('3'), k.get('4'))
c = k.copy()
c.update({'4': 'four', 'new': 'x'})
print(list(c.items())[-3:], c == k, len(c), len(k))
print(k == dict(k.items()), dict(k.items()) == k)
