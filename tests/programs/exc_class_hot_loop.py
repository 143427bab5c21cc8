# User exceptions raised and caught in hot loops, their attributes and methods read there (compiled code's caches).
class Retry(Exception):
    def __init__(self, attempt, delay):
        super().__init__(attempt)
        self.attempt = attempt
        self.delay = delay

    def backoff(self):
        return self.delay * 2


class GiveUp(Retry):
    def backoff(self):
        return -1


def attempt(i):
    if i % 7 == 6:
        raise GiveUp(i, 0)
    if i % 2:
        raise Retry(i, i % 5)
    return i


total = 0
gave_up = 0
for i in range(2000):
    try:
        total += attempt(i)
    except GiveUp as g:
        gave_up += 1
        total += g.backoff() + g.attempt
    except Retry as r:
        total += r.backoff() + r.delay + r.args[0]
        r.seen = True
        total += r.seen
print(total, gave_up)


def validate(values):
    bad = []
    for v in values:
        try:
            if v < 0:
                raise ValueError(v)
            if v > 100:
                raise Retry(v, 1)
        except Retry as r:
            bad.append(("retry", r.attempt))
        except ValueError as e:
            bad.append(("value", e.args[0]))
    return bad


for n in range(4):
    print(validate([5, -n, 101 + n, 50, -7]))


def raise_none():
    try:
        raise Retry(1, 2)
    except Retry:
        raise GiveUp(3, 4) from None


try:
    raise_none()
except GiveUp as g:
    print(repr(g), g.__cause__, repr(g.__context__), g.__suppress_context__)
