# Memory: a set of 1M strs (resident peak measured by compare_memory.py).
s = set()
for i in range(1000000):
    s.add("item-" + str(i))
print(len(s), "item-999999" in s)
