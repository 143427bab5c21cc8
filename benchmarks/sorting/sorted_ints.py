# Sorting 1M ints already in order (one natural run: timsort's best case), 30 times, and once in
# reverse order (one descending run, reversed in place).
data = list(range(1000000))
for _ in range(30):
    data.sort()
print(data[0], data[-1], data[123456])
data.sort(reverse=True)
print(data[0], data[-1])
data.sort()
print(data[0], data[-1])
