# reversed() of dicts and their views
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


d = {1: 'a', 2: 'b', 3: 'c'}
print(list(reversed(d)), list(reversed(d.keys())), list(reversed(d.values())), list(reversed(d.items())))
del d[2]
d[4] = 'd'
print(list(reversed(d)), list(reversed(d.items())))
for w in (reversed(d), reversed(d.keys()), reversed(d.values()), reversed(d.items())):
    print(type(w).__name__)
print(list(reversed({})), list(reversed({}.items())))
it = reversed({1: 1})
print(next(it), next(it, 'done'), next(it, 'done'))
e = {i: i for i in range(20)}
for i in range(0, 20, 3):
    del e[i]
print(list(reversed(e)) == list(e)[::-1])
it = reversed(d)
next(it)
d[5] = 'e'
try:
    next(it)
except RuntimeError as exc:
    print(exc)
try:
    next(it)
except RuntimeError as exc:
    print('again:', exc)
it = reversed(d.values())
d.pop(5)
d['x'] = 1
print(next(it))
attempt('reversed({1, 2})', lambda: reversed({1, 2}))
attempt('reversed(frozenset())', lambda: reversed(frozenset()))
attempt('reversed(5)', lambda: reversed(5))
attempt('reversed({}.keys(), 1)', lambda: reversed({}.keys(), 1))
