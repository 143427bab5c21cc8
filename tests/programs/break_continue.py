# break and continue in nested for/while loops
for i in range(5):
    for j in range(5):
        if j > i:
            break
        if (i + j) % 2 == 1:
            continue
        print(i, j, end="; ")
    print()
i = 0
count = 0
while True:
    i += 1
    if i % 3 == 0:
        continue
    if i > 20:
        break
    count += i
    print(i, count)
print("final", i, count)
total = 0
for a in range(10):
    if a == 7:
        break
    b = 0
    while b < a:
        b += 1
        if b == 2:
            continue
        total += a * b
print(total)
