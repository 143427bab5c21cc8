# a slice object as the subscript of lists, tuples, strs and ranges: a[s], a[s] = ..., del a[s],
# the same as a[start:stop:step]
data = list(range(10))
for s in (slice(2, 8), slice(None, None, 2), slice(None, None, -1), slice(-3, None), slice(8, 2, -2),
          slice(100, None), slice(-100, 3), slice(None, 5, 3), slice(True, None)):
    l = data[s]
    print(s, l, tuple(data)[s], 'abcdefghij'[s], 'héllo wörld'[s], range(10)[s])
    assert l == data[s.start:s.stop:s.step]
l = list(range(6))
l[slice(1, 3)] = 'xyz'
print(l)
del l[slice(None, None, 2)]
print(l)
l[slice(None, None, -1)] = range(len(l))
print(l)
l[slice(0, 0)] = [9, 9]
del l[slice(-2, None)]
print(l)
t = (1, 2, 3)
print(t[slice(None)] is t, t[slice(5)], t[slice(5, None)])
try:
    l[slice(None, None, 2)] = [1]
except ValueError as e:
    print(e)
try:
    l[slice(0, 1, 0)]
except ValueError as e:
    print(e)
try:
    l[slice('a', None)]
except TypeError as e:
    print(e)
try:
    l[slice(1)] = 5
except TypeError as e:
    print(e)
for target in ((1, 2), 'ab', range(3)):
    try:
        target[slice(1)] = 'x'
    except TypeError as e:
        print(e)
    try:
        del target[slice(1)]
    except TypeError as e:
        print(e)
s = slice(1, None)
words = ['a', 'b', 'c']
words[s] = words[s] + words[s]
print(words, words[s][s])
