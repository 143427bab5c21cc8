# tuple literals, nesting, indexing, iteration, length
t = (1, 2, 3)
e = ()
s = (42,)
n = ((1, 2), (3, (4, 5)), ())
print(t, e, s, n, len(t), len(e), len(s), len(n))
print(t[0] + t[-1], n[1][1][0], n[1][-1][-1], len(n[2]))
total = 0
for x in t:
    total = total + x
print(total)
for p in n:
    print(p, len(p))
u = 1, 2.5, "three"
print(u, u[2])
pairs = ((1, "one"), (2, "two"), (3, "three"))
for num, name in pairs:
    print(num, name)
w = (t, [t], (t,))
print(w)
