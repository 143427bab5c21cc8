# dict.popitem (LIFO) and dict.fromkeys
# expect-exit: 1
# expect-stderr: KeyError: 'popitem(): dictionary is empty'
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


d = {1: 1, 2: 2, 3: 3}
print(d.popitem(), d)
del d[2]
print(d.popitem(), d)
d[4] = 4
d[5] = 5
print(d, d.popitem(), d.popitem(), d)
d = dict.fromkeys('ab')
print(d.popitem(), d.popitem(), d)
d['z'] = 1
print(d, d.popitem())
big = {i: i * i for i in range(50)}
while len(big) > 45:
    big.popitem()
for i in range(10):
    big[-i] = i
print(list(big)[-12:], len(big))
print(dict.fromkeys('abc'), dict.fromkeys([1, 2], 0), {}.fromkeys('x', 1), dict.fromkeys(range(3), []))
print(dict.fromkeys({1: 2, 3: 4}), dict.fromkeys('aab'), dict.fromkeys((1, 1.0, True)), dict.fromkeys([]))
shared = dict.fromkeys('xy', [])
shared['x'].append(1)
print(shared)
attempt('{}.popitem(1)', lambda: {}.popitem(1))
attempt('dict.fromkeys()', lambda: dict.fromkeys())
attempt('dict.fromkeys(1)', lambda: dict.fromkeys(1))
attempt("dict.fromkeys('a', 1, 2)", lambda: dict.fromkeys('a', 1, 2))
attempt('dict.fromkeys([[1]])', lambda: dict.fromkeys([[1]]))
attempt("dict.fromkeys('a', value=1)", lambda: dict.fromkeys('a', value=1))
try:
    {}.popitem()
except KeyError as e:
    print(repr(e))
print('end')
{}.popitem()
