# bools are ints: arithmetic, bitwise ops keep bool when both are bool
t = True
f = False
print(t + t, t - t, t * 5, -t, ~t, ~f, t / 2, t // 1, t % 2, t ** 10, f ** 0)
print(t & f, t | f, t ^ t, t & t, f | f, t ^ f, t & 1, f | 2, t ^ 3)
print(t << 3, t >> 1, t == 1, f == 0, t == 1.0, t < 2, f < t, t > f)
print(t + 0.5, f * 2.5, abs(t), abs(f), max(t, f), min(t, f), max(1, t), max(t, 1))
print(str(t + t), str(t & t), int(t), float(f), int(t) + 1)
count = 0
for i in range(20):
    count = count + (i % 3 == 0) + (i % 5 == 0) * 10
    print(i, i % 3 == 0, count)
print(True == 1 == 1.0, (1 < 2) + (2 < 3) + (3 < 4))
