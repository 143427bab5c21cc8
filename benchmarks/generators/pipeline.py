# A pipeline of five generators, each pulling from the one before (issue 21's first target): the
# items pass through every stage, so each item is five resumptions and five yields.
def numbers(n):
    i = 0
    while i < n:
        yield i
        i += 1


def odd_squares(source):
    for v in source:
        yield v * v if v % 2 else v


def shifted(source, by):
    for v in source:
        yield v + by


def modulo(source, m):
    for v in source:
        yield v % m


def running_sum(source):
    total = 0
    for v in source:
        total += v
        yield total


def run(n):
    last = 0
    for last in running_sum(modulo(shifted(odd_squares(numbers(n)), 7), 1000003)):
        pass
    return last


print(run(6000000))
