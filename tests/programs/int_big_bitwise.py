# & | ^ ~ << >> on big ints, including negative bigs (two's complement semantics)
a = 2 ** 100 + 2 ** 64 + 12345
b = -(2 ** 90) - 77
c = 2 ** 70 - 1
print(a & c, a | c, a ^ c)
print(a & b, a | b, a ^ b)
print(b & c, b | c, b ^ c)
print(~a, ~b, ~c, ~~a == a)
print(b & -1, b | 0, b ^ -1, b & 0)
print(-(2 ** 100) & (2 ** 100), -(2 ** 100) | 1, -(2 ** 100) ^ 1)
print(a & 255, b & 255, a >> 64, b >> 64, b >> 89, b >> 91)
x = 1
for i in range(20):
    x = (x << 7) ^ (x >> 3) ^ i
    print(i, x, x & 1023, ~x & 1023, -x & 1023)
