# Small-int loops that read variables of enclosing functions (cells): long enough to run compiled,
# with cells that change under the loop, hold other types, or are unbound.
def counting(limit):
    step = 3
    def run():
        total = 0
        i = 0
        while i < limit:
            total += step
            i += 1
        return total
    return run


def searching(keys):
    def find(n):
        i = 0
        while i < len(keys):
            if keys[i] == n:
                return i
            i += 1
        return -1
    return find


def changing():
    scale = 1
    def bump():
        nonlocal scale
        scale += 1
    def run():
        total = 0
        for i in range(3000):
            total += scale * i
            if i % 1000 == 999:
                bump()
        return total
    return run


def mixed():
    value = 2
    def run():
        total = 0
        for i in range(2000):
            total += value
        return total
    def set_value(v):
        nonlocal value
        value = v
    return run, set_value


def unbound():
    def run():
        total = 0
        for i in range(2000):
            total += late + i
        return total
    result = []
    try:
        run()
    except NameError as e:
        result.append(str(e))
    late = 5
    result.append(run())
    return result


print(counting(5000)())
find = searching(list(range(0, 4000, 2)))
print(find(3998), find(7), find(1234))
print(changing()())
run, set_value = mixed()
print(run())
set_value(2.5)
print(run())
set_value(2 ** 62)
print(run())
set_value("x")
try:
    run()
except TypeError as e:
    print(e)
print(unbound())
