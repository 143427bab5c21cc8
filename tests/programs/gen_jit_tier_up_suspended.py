# Generators resumed thousands of times, so that their code moves to compiled code between two
# resumptions while they are suspended: what lives across a yield (range loop state, a list's
# iterator, a partial sum in a scratch register, the value sent) must carry over from the
# interpreter's frame to the compiled one.
def counting(n):
    for i in range(n):          # the range loop's state lives in scratch registers across the yield
        yield i


def iterating(items):
    seen = 0
    for item in items:          # the list's iterator too
        seen += 1
        yield item * 2 + seen


def accumulate():
    total = 0
    while True:
        total += (yield total) or 0        # (yield total) inside an expression: a value sent


def tupled(n):
    for i in range(n):
        yield (i, i * i, -i)    # items built around the yield


def running(source, start):
    acc = [start]
    for v in source:
        acc.append(acc[-1] + v)
        if len(acc) > 3:
            acc.pop(0)
        yield acc[-1] - acc[0]


g = counting(10000)
total = 0
for v in g:
    total += v
print(total)

g = iterating(list(range(6000)))
print(sum(g))

acc = accumulate()
next(acc)
for k in range(5000):
    last = acc.send(k % 7)
print(last, acc.send(None))

t = tupled(4000)
s = 0
for a, b, c in t:
    s += a + b + c
print(s)

# several suspended at once while their code tiers up
gens = [counting(3000) for _ in range(4)]
values = []
for step in range(3000):
    for gen in gens:
        values.append(next(gen))
print(len(values), sum(values), values[-8:])
print(list(running(counting(50), 1000))[-5:])
print(sum(running(iterating(list(range(5000))), 7)))
