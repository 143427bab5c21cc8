# trial-division primes with list appends; counts and last primes
primes = []
n = 2
while len(primes) < 300:
    is_p = True
    for p in primes:
        if p * p > n:
            break
        if n % p == 0:
            is_p = False
            break
    if is_p:
        primes.append(n)
    n += 1
print(primes[0], primes[9], primes[99], primes[-1], len(primes))
i = 0
while i < len(primes):
    print(primes[i], end=" ")
    i += 25
print()
twins = 0
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins += 1
print("twins", twins)
