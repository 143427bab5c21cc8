# dict views: set operations, comparisons, mapping, copy/setdefault/clear alongside
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


d = {1: 2, 3: 4}
print(d.keys() & {1}, d.keys() - {1}, d.keys() | {9}, d.keys() ^ {1, 5}, d.items() & {(1, 2)})
print(d.keys() - [1], type(d.keys() - [1]).__name__, d.items() | [(3, 4), (5, 6)], {1} & d.keys())
print({1: 2}.keys() == {1}, {1: 2}.items() == {(1, 2)}, {1: 2}.values() == {1: 2}.values(), {1: 2}.keys() != {2})
print(d.keys() <= {1, 3, 5}, d.keys() < {1, 3}, d.items() >= {(1, 2)}, d.keys().isdisjoint([5]))
m = d.keys().mapping
print(m, type(m).__name__, m[1], d.values().mapping is not d, d.items().mapping == d)
e = d.copy()
e[5] = 6
print(d, e, d.setdefault(1, 9), d.setdefault(7), d)
d.clear()
print(d, len(d.keys()), e.keys() == {1, 3, 5})
attempt('d.keys() & 1', lambda: d.keys() & 1)
attempt('d.keys() | 1', lambda: d.keys() | 1)
attempt('d.values() & set()', lambda: d.values() & set())
attempt('d.values() | {1}', lambda: d.values() | {1})
attempt('hash(d.keys())', lambda: hash(d.keys()))
