# dict displays: order, duplicate keys, ** unpacking, evaluation order, long displays
def show(tag, value):
    print('eval', tag)
    return value

print({})
print({show('k1', 'a'): show('v1', 1), show('k2', 'b'): show('v2', 2)})
base = {'x': 1, 'y': 2}
print({'y': 0, **base, 'x': 9, **{}, 'z': 3})
print({**base}, {**base} is base)
print({1: 'a', 1.0: 'b', True: 'c', 2: 'd'})
print({'k': 1, 'k': 2})
long = {0: 0, 1: 1, 2: 2, 3: 3, 4: 4, 5: 5, 6: 6, 7: 7, 8: 8, 9: 9, 10: 10, 11: 11, 12: 12, 13: 13, 14: 14, 15: 15,
        16: 16, 17: 17, 18: 18, 19: 19, 20: 20, 21: 21, 22: 22, 23: 23, 24: 24, 25: 25, 26: 26, 27: 27, 28: 28,
        29: 29, 30: 30, 31: 31, 32: 32, 33: 33, 34: 34, 35: 35, 0: 'again', **base, 36: 36}
print(len(long), long[0], list(long)[-4:])
print({**{'a': 1}, 'b': [1, 2], 'c': {'d': {}}})
nested = {'a': {'b': {'c': [1, {2: 3}]}}}
print(nested['a']['b']['c'][1][2])
def f(a, b):
    return {a: b, b: a, **{a: 'last'}}
print(f(1, 2), f('p', 'q'))
x = 5
print({x: x * 2 for x in range(3)}, x)
