# slicing a range gives a range, for ints of any size
r = range(10)
print(r[2:8:2], type(r[2:8:2]).__name__, r[::-1], r[5:100], r[-3:], r[:0], r[::3])
print(range(0, 10, 3)[1:], range(10, 0, -2)[1:3], range(5, -5, -2)[1:-1], range(-5, 5)[::-3])
print(range(10)[-100:100:7], range(3)[::-2], range(0)[1:2], range(1, 2)[5:])
big = range(10**20)
print(big[10**19:], big[::10**19], big[-1], big[-10**19::-10**19], big[:3])
print(range(-10**30, 10**30, 10**29)[2:-2:3])
print(list(range(20)[3:17:4]) == list(range(20))[3:17:4])
for s in (slice(None, None, -1), slice(2, None, -2), slice(-1, -20, -3), slice(None, 0, -1)):
    print(s, range(1, 20, 3)[s], list(range(1, 20, 3)[s]) == list(range(1, 20, 3))[s])
print(range(10)[True:], range(10)[:False], range(10)[::True])
try:
    range(0, 10)[::0]
except ValueError as e:
    print(e)
try:
    range(3)['a':]
except TypeError as e:
    print(e)
try:
    range(3)[1.5]
except TypeError as e:
    print(e)
