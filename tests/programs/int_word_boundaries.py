# ints crossing 62/63/64-bit boundaries in both directions
m = 2 ** 62
print(m - 1, m, m + 1, -m, -m - 1, -m + 1)
print(m - 1 + 1, -m - 1 + 1, m + m, -m - m, (m - 1) * 2 + 2)
print(-(-m), -(-m - 1), abs(-m), abs(-m - 1))
print(m * 2, m * -2, (m - 1) * (m - 1), m * m)
print(-m // -1, -m * -1, (-m) // 1, -m // 2)
M = 2 ** 63
print(M - 1, M, -M, -M - 1, M + M, M * M)
print((M - 1) + 1, -M - 1 + 1 + 1, (-M) // -1, -M * -1, -M % -1)
W = 2 ** 64
print(W - 1, W, W + 1, (W - 1) * (W - 1), W // 3, W % 3)
x = 1
for i in range(70):
    print(i, x, -x, x - 1, x + x - 1)
    x = x * 2
y = 4611686018427387903
print(y + 1, y * 2 + 1, y * 2 + 2, -y - 1, -y - 2)
z = 3037000499
print(z * z, (z + 1) * (z + 1), z * z * z)
print(m - 1 - (m - 1) + 5, (m + 1) - m, (M + 5) - M)
