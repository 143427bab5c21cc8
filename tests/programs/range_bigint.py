# range bounds beyond 64 bits
b = 2 ** 100
for i in range(b, b + 3):
    print(i, i - b)
for i in range(-b, -b - 10, -4):
    print(i)
for i in range(2 ** 63 - 2, 2 ** 63 + 2):
    print(i)
for i in range(0, 3 * b, b):
    print(i)
print(len(range(b - 5, b)), len(range(b, b + 100, 7)), len(range(b, -b, -b // 3)))
