# tuple/list unpacking: swaps, rotations, nested targets, unpacking lists
a, b = 1, 2
a, b = b, a
print(a, b)
a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
x, y = [10, 20]
print(x, y)
(p, q), r = (1, 2), 3
print(p, q, r)
[m, n] = (5, 6)
print(m, n)
i, (j, (k, l)) = 1, [2, (3, 4)]
print(i, j, k, l)
t = (7, 8, 9)
u, v, w = t
print(u, v, w)
f0, f1 = 0, 1
for _ in range(10):
    f0, f1 = f1, f0 + f1
    print(f0, f1)
g = h = 5
print(g, h)
for q1, q2 in [(1, 2), [3, 4], (5, 6)]:
    print(q1 + q2, end=" ")
print()
