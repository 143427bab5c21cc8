# Float arithmetic and comparisons in a hot loop, so that compiled code's inline float paths run
# (floats with floats, floats with small ints either side, big ints, bools, NaN, signed zeros,
# infinities, division by zero) and agree with the runtime's.
nan, inf = float("nan"), float("inf")
values = [0.0, -0.0, 1.5, -2.25, 1e308, -1e308, 5e-324, inf, -inf, nan, 3, -7, 0, 2 ** 53 + 1,
          2 ** 62 - 1, -(2 ** 62), 2 ** 70, True, False, 0.1, 1 / 3]


def show(x):
    return repr(x) if not isinstance(x, float) or x == x else "nan"


def table(xs):
    lines = []
    for x in xs:
        for y in xs:
            row = []
            for f in (lambda: x + y, lambda: x - y, lambda: x * y, lambda: x / y):
                try:
                    row.append(show(f()))
                except (ZeroDivisionError, OverflowError) as e:
                    row.append(type(e).__name__)
            row.append((x < y, x <= y, x == y, x != y, x > y, x >= y))
            lines.append(row)
    return lines


first = table(values)
for _ in range(30):                  # hot: the comparisons and arithmetic above are compiled
    assert table(values) == first
for row in first:
    print(*row)


def accumulate(n):
    total, scale = 0.0, 1.0
    for i in range(n):
        total += i * 0.5 - scale / (i + 1)
        scale *= 1.0001
        if total > 1e6 or total != total:
            total = -total
    return total, scale


print(accumulate(5000))
x = 2.0
x -= 0.5
x *= -1
x /= 4
print(x, -x, x == -0.375, 0.0 == -0.0, nan != nan, nan == nan, [nan] == [nan])


def quotients(pairs):
    out = []
    for a, b in pairs:
        try:
            q = a / b                    # int / int: a float, exact to the last bit as CPython's
        except ZeroDivisionError as e:
            q = str(e)
        out.append(q)
    return out


pairs = [(1, 3), (-1, 3), (0, -5), (2 ** 53, 3), (2 ** 53 + 1, 3), (-(2 ** 62), 7), (2 ** 61 + 5, 2 ** 60 + 3),
         (10, 4), (7, 0), (2 ** 70, 3), (1, 2 ** 54 + 1), (9007199254740993, 1)]
first = quotients(pairs)
for _ in range(40):
    assert quotients(pairs) == first
print(first)


def negated(xs):
    return [-x for x in xs] + [-(x * 2.0) for x in xs if isinstance(x, float)]


first = negated([0.0, -0.0, 1.5, nan, inf, 3, -(2 ** 62), 2 ** 70, True])
for _ in range(40):
    assert [show(v) for v in negated([0.0, -0.0, 1.5, nan, inf, 3, -(2 ** 62), 2 ** 70, True])] == [show(v) for v in first]
print([show(v) for v in first])
