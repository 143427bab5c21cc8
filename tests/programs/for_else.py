# for ... else with break, continue and empty iterables; prime search
for n in range(2, 40):
    for d in range(2, n):
        if n % d == 0:
            print(n, "=", d, "*", n // d)
            break
    else:
        print(n, "is prime")
for x in []:
    print("never")
else:
    print("empty list else")
for x in range(0):
    print("never")
else:
    print("empty range else")
for x in (1, 2, 3):
    if x == 2:
        continue
    print("x", x)
else:
    print("else after continue", x)
for x in [5, 6, 7]:
    if x == 6:
        break
else:
    print("not printed")
print("x after break", x)
