# list item assignment (positive/negative indices) used by bubble sort and a sieve
xs = [5, 3, 8, 1, 9, 2, 7]
xs[0] = 50
xs[-1] = 70
print(xs)
n = len(xs)
for i in range(n):
    for j in range(n - 1 - i):
        if xs[j] > xs[j + 1]:
            xs[j], xs[j + 1] = xs[j + 1], xs[j]
    print(i, xs)
N = 100
flags = []
for i in range(N):
    flags.append(True)
flags[0] = False
flags[1] = False
for i in range(2, N):
    if flags[i]:
        for j in range(i * i, N, i):
            flags[j] = False
primes = []
for i in range(N):
    if flags[i]:
        primes.append(i)
print(primes, len(primes))
m = [[0, 0], [0, 0]]
m[1][0] = 5
m[0][-1] += 3
m[-1][-1] -= 2
print(m)
