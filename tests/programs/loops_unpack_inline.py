# tuple unpacking compiled inline, also inside small-int loops: leaving the loop when a value is not a small int or the sequence has another length
pairs = [(0, 2), (0, 1), (1, 2)]
def f(n):
    t = 0
    for k in range(n):
        a, b = pairs[k % 3]
        t += a * 3 + b
    return t
print(f(10))
def g(seq):
    x, y = seq
    return x - y
print(g((5, 2)), g([7, 1]), g("ab" if False else (1, 1)))
for s in [(1, 2, 3), [1], "xy", range(2), 5]:
    try:
        print(g(s))
    except (ValueError, TypeError) as e:
        print(type(e).__name__, e)
def h(n):
    tot = 0
    ps = [(1, 2), (3, 4)]
    for k in range(n):
        p, q = ps[k % 2]
        tot = tot + p - q
        if k == 5:
            ps.append([10, 20])
        if k == 8:
            ps[0] = (2**70, 1)
    return tot
print(h(12))
