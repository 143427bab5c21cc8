# Sorting 1M random ints (a linear congruential generator: the same everywhere), in place and by
# sorted(), with a checksum of the result.
x = 987654321
data = []
for _ in range(1000000):
    x = (x * 6364136223846793005 + 1442695040888963407) % 18446744073709551616
    data.append(x >> 34)
ordered = sorted(data)
data.sort()
print(data == ordered, data[0], data[500000], data[-1], sum(data[::1000]))
