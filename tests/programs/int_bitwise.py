# & | ^ ~ on small ints with negative operands
vals = [0, 1, -1, 5, -5, 12, -12, 255, -256, 1023]
for a in vals:
    print(a, ~a, a & 6, a | 6, a ^ 6, a & -6, a | -6, a ^ -6)
print(~0, ~-1, ~~7, -~7, ~-~7)
print(0xff & 0x0f, 0xf0 | 0x0f, 0xff ^ 0x0f, 0o17, 0b1011)
print(6 & 3 | 8, 6 | 3 & 8, 6 ^ 3 & 5, (6 ^ 3) & 5, 1 + 2 & 3, 1 << 2 + 1)
x = 0
for i in range(16):
    x = x ^ (i * 2654435761)
    print(i, x, x & 65535)
