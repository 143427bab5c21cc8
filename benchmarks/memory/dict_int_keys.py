# Memory: a dict of 1M int keys (resident peak measured by compare_memory.py).
d = {}
for i in range(1000000):
    d[i * 7] = i
print(len(d), d[700000])
