# starred assignment targets: first, middle, last, alone in a tuple, nested, in for targets, from
# lists, tuples, strs, ranges, dict keys; and the errors of too few values and non-iterables
a, *b, c = [1, 2, 3, 4, 5]
print(a, b, c)
*a, b = (1, 2, 3)
print(a, b)
a, *b = "xyz"
print(a, b)
[a, *b] = range(4)
print(a, b)
*a, = range(3)
print(a)
a, *b, c = 1, 2
print(a, b, c)
(a, *b), c = [1, 2, 3], 4
print(a, b, c)
a, [b, *c], *d = 1, "pqr", 2, 3
print(a, b, c, d)
first, *rest = dict(k=1, l=2, m=3)
print(first, rest)
source = [1, 2, 3]
*copy, = source
copy.append(4)
print(source, copy)
for head, *tail in [(1, 2, 3), [4], "ab"]:
    print(head, tail)
for (x, *y), z in [((1, 2), 3), ("pq", "r")]:
    print(x, y, z)


def middle(values):
    low, *inner, high = values
    return inner


print(middle(range(10)), middle([1, 2]))


def attempt(what, value):
    try:
        a, *b, c = value
        print(what, a, b, c)
    except (TypeError, ValueError) as e:
        print(what, type(e).__name__, e)


attempt("one", [1])
attempt("none", ())
attempt("str", "a")
attempt("range", range(1))
attempt("int", 5)
attempt("None", None)
attempt("float", 2.5)
try:
    *a, b, c, d = [1, 2]
except ValueError as e:
    print(e)
