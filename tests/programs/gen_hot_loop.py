# A generator consumed by hot loops, so the consumer moves to compiled code while the generator's
# frame stays in the interpreter; generators made and resumed from compiled code.
def squares(n):
    for i in range(n):
        yield i * i


def consume(n):
    total = 0
    for v in squares(n):
        total += v
    return total


def make_many(k):
    made = []
    for i in range(k):
        made.append(squares(3))
    return made


print(consume(20000))
for _ in range(300):
    consume(5)
print(consume(100))
gens = make_many(2000)
print(sum(sum(g) for g in gens))


def manual(n):
    g = squares(n)
    total = 0
    while True:
        try:
            total += next(g)
        except StopIteration:
            return total


print([manual(k) for k in range(50)][-1])
