# |, &, -, ^ and their in-place forms; comparisons; the result takes the left operand's type
a = {1, 2, 3, 4}
b = frozenset({3, 4, 5, 6})
for x, y in ((a, b), (b, a), (a, a), (b, b), (a, set()), (frozenset(), b)):
    print(x | y, x & y, x - y, x ^ y, type(x | y).__name__, type(x & y).__name__)
    print(x == y, x != y, x < y, x <= y, x > y, x >= y)
print({1, 2} < {1, 2, 3}, {1, 2} <= {1, 2}, {1, 2} < {1, 2}, {1, 2, 3} > {3}, {4} >= {4}, {1} > {2})
print({1, 2} == frozenset([2, 1]), {1} == [1], {1} != (1,), set() == frozenset(), {1.0} == {1})
c = a
c |= {9}
print(c, c is a, a)
c &= {1, 2, 9, 10}
print(c, c is a)
c -= {2}
print(c, c is a)
c ^= frozenset({1, 7})
print(c, c is a)
f = b
f |= {100}
print(f, f is b, b, type(f).__name__)
f = b
f &= {3}
print(f, f is b)
f = b
f -= {3}
f ^= {4, 8}
print(f, b)
big = set(range(1000))
small = set(range(0, 1000, 100))
print(small - big, len(big - small), big & small == small, len(big ^ small))
print(small | {5} | {6}, (small & big) | {1})
print(frozenset(range(5)) - {1, 2}, {1, 2, 3} - frozenset({3}))
def attempt(f):
    try:
        print(f())
    except TypeError as e:
        print('TypeError', e)
attempt(lambda: {1} | [2])
attempt(lambda: [2] & {1})
attempt(lambda: {1} - 1)
attempt(lambda: {1} ^ 'a')
attempt(lambda: {1} + {2})
attempt(lambda: {1} < [1])
attempt(lambda: frozenset() >= 3)
attempt(lambda: {1} * 2)
def ior():
    s = {1}
    s |= [2]
attempt(ior)
def iand():
    s = frozenset()
    s &= (1,)
attempt(iand)
print(-1 in {-1, -2}, 2 ** 70 in {2 ** 70}, 1.0 in {1}, True in {1}, 'a' in {'a', 'b'}, None in {None}, () in {()})
print(len({1, 2} | {2, 3}), bool({1} & {2}), not {1} - {1})
