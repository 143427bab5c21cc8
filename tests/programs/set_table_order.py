# sets iterate in CPython's table order: ints hash to themselves, so growth, deletion and pop show it
s = {3, 1, 2, 100, 8, 16, 64, -1, -2}
print(s, len(s))
t = set()
for i in range(0, 200, 7):
    t.add(i * 31 % 97)
print(t)
for i in range(0, 200, 14):
    t.discard(i * 31 % 97)
print(t, len(t))
for i in range(300, 320):
    t.add(i)
print(t)
print([t.pop() for _ in range(5)], len(t))
u = {x * 37 % 101 for x in range(60)}
print(u)
print(u == set(range(101)), u <= set(range(101)), len(u))
big = set(range(0, 100000, 3))
print(len(big), 99999 in big, 99998 in big, sum(big))
for i in range(0, 100000, 6):
    big.remove(i)
print(len(big), min(big), max(big), list(big)[:10])
print(set([5, 4, 3, 2, 1]), frozenset((9, 8, 40, 24)), set(range(20, 0, -3)))
print({1, 1.0, True}, {0, False, 0.0, -0.0}, {2 ** 61 - 1, 0, 2 ** 61, 2 ** 64})
print({-1, -2}, {'a'}, {None}, {(1, 2), (1, 2)}, {1.5, 2.5})
# a display: the elements before a * built at once, the rest added in order
print({*range(3), 7, *[1, 9], 8})
print({*()}, {*'abc'} == {'a', 'b', 'c'})
d = {'x': 1, 'y': 2}
print({*d} == {'x', 'y'}, set(d) == {'y', 'x'})
long = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
        29, 30, 31, 32, 33, 34, 35, 36, 37, 38, 39, 40}
print(long, len(long))
# comprehensions: nested, filtered, their own scope
x = 'outer'
print({x + y for x in range(3) for y in range(0, 30, 10) if x != y}, x)
print({(i, j) for i in range(3) for j in range(i)} == {(1, 0), (2, 0), (2, 1)})
print(type({1}), type(frozenset()), isinstance({1}, set), isinstance(frozenset(), frozenset), isinstance({1}, frozenset))
print(bool(set()), bool({0}), len(frozenset('hello')))
seen = []
for k in {3, 2, 1}:
    seen.append(k)
print(seen)
