# factorials and big powers: arbitrary precision growth
def fact(n):
    r = 1
    i = 2
    while i <= n:
        r = r * i
        i = i + 1
    return r

for n in range(0, 61, 3):
    print(n, fact(n))
print(fact(100))
print(2 ** 200)
print(fact(100) // fact(98), fact(52) // (fact(5) * fact(47)))
print(fact(30) % 1000000007, fact(100) % 12345678910111213)
print(-fact(25), fact(25) - fact(25), fact(25) - fact(24) * 25)
