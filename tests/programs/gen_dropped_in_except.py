# Generators dropped while suspended in try statements whose except clauses do not catch
# GeneratorExit: closing them runs none of the program's code, so CPython freeing them at once
# prints nothing, and neither does pyvm (its collector finds them dead, at any time).
def resilient(values):
    for v in values:
        try:
            yield int(v)
        except (ValueError):
            yield None
        except TypeError as e:
            print("never", e)


def nested(n):
    try:
        try:
            while True:
                yield n
                n += 1
        except KeyError:
            print("never")
    except ZeroDivisionError:
        print("never")


def first_numbers():
    out = []
    for v in resilient(["1", "x", "3", "4"]):
        if v == 3:
            break
        out.append(v)
    return out


total = 0
for i in range(300):
    g = nested(i)
    total += next(g) + next(g)
    garbage = [[i] * 5 for _ in range(20)]
print(total, first_numbers())
parsed = resilient(["7"])
print(next(parsed))
print("end")
