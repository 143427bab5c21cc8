# a *= b repeats b only when a's type has no sequence methods at all, as CPython's
# PyNumber_InPlaceMultiply does: a dict, a view or a range on the left is an unsupported *=
d = dict(a=1)
for x in [d, d.keys(), d.values(), d.items(), range(3), None, 2.5, 2, True, len, int, ValueError()]:
    try:
        x *= "ab"
        print(x)
    except TypeError as e:
        print(e)
    try:
        print(x * [0])
    except TypeError as e:
        print(e)
