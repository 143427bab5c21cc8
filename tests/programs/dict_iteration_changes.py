# iterating a dict while it changes: CPython's RuntimeErrors, and what iteration sees after deletions
d = {'a': 1, 'b': 2, 'c': 3}
seen = []
try:
    for k in d:
        seen.append(k)
        d['d'] = 4
except RuntimeError as exc:
    print(seen, exc)

d = {'a': 1, 'b': 2}
seen = []
try:
    for k in d:
        seen.append(k)
        if k == 'a':
            del d['a']
            d['c'] = 3                  # same size, other keys
except RuntimeError as exc:
    print(seen, exc)
print(d)

d = {'a': 1, 'b': 2, 'c': 3}
seen = []
for k in d:
    seen.append(k)
    if k == 'a':
        del d['c']
        d['e'] = 5                      # the new key comes after: seen, since the size stayed
print(seen, d)

d = {i: i for i in range(10)}
for k in list(d):
    if k % 3:
        del d[k]
print(d, list(d.keys()), list(d.values()), list(d.items()))
d[1] = 'back'
print(d)

d = {'x': 1}
try:
    for k in d:
        d[k + k] = 0
except RuntimeError as exc:
    print(exc)

d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10                       # changing values is fine
print(d)
v = d.values()
i = d.items()
del d[1]
print(v, i, len(v), 2 in d.keys(), (2, 20) in i)
for k, w in d.items():
    print(k, w)
d = {'a': 1}
try:
    for k in d.values():
        d.pop('a')
except RuntimeError as exc:
    print(exc)
