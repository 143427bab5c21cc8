# a with statement in hot loops, so that the compiled tier runs it: entering, leaving, swallowing,
# passing exceptions on, break and continue
class Counter:
    def __init__(self):
        self.entered = 0
        self.exited = 0
        self.swallowed = 0

    def __enter__(self):
        self.entered += 1
        return self.entered

    def __exit__(self, exc_type, exc, tb):
        self.exited += 1
        if exc_type is KeyError:
            self.swallowed += 1
            return True
        return False


def run(c, n):
    total = 0
    errors = 0
    for i in range(n):
        try:
            with c as k:
                if i % 7 == 0:
                    raise KeyError(i)
                if i % 11 == 0:
                    raise ValueError(i)
                if i % 13 == 0:
                    continue
                total += k
        except ValueError:
            errors += 1
    return total, errors


def loop_with_break(c):
    i = 0
    while True:
        with c, c as second:
            i += 1
            if i > 3000:
                break
    return i, second


def returns_from_with(c, i):
    with c:
        return i * 2


c = Counter()
print(run(c, 5000), c.entered, c.exited, c.swallowed)
print(loop_with_break(c), c.entered, c.exited)
s = 0
for i in range(3000):
    s += returns_from_with(c, i)
print(s, c.entered, c.exited)
