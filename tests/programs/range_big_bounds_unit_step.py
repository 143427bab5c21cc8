# for-range loops with a step of 1 whose bounds are not small ints (beyond 2**62) or cross that limit
big = 2 ** 62
for start, stop in [(big - 3, big + 2), (-big - 2, -big + 2), (-10 ** 30, 3), (0, 10 ** 30), (big, 3),
                    (10 ** 30, 10 ** 30 + 2), (-3, 0), (big - 1, big), (True, 3)]:
    seen = []
    for i in range(start, stop):
        seen.append(i)
        if len(seen) == 4:
            break
    print(start, stop, seen)
total = 0
for i in range(big + 5):
    total += i
    if i == 3:
        break
print(total)
n = 0
for i in range(-big - 1, -big + 1):
    n += 1
print(n, i, type(i))
