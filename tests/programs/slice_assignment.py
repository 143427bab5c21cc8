# assignment to list slices: step 1 (growing, shrinking, inserting), extended slices of the same
# size, any iterable on the right, the list itself on the right
count = 0
for n in range(4):
    for start in (None, -5, -1, 0, 1, 3, 6):
        for stop in (None, -4, -1, 0, 2, 5):
            for new in ([], [7], [7, 8, 9]):
                items = list(range(n))
                items[start:stop] = new
                print(n, start, stop, new, items)
                count += 1
print(count)

for step in (-3, -2, -1, 2, 3):
    for start in (None, 0, 1, -1, 5):
        items = list(range(6))
        size = len(items[start::step])
        items[start::step] = range(100, 100 + size)
        print(step, start, items)

items = [1, 2, 3]
items[1:2] = "ab"
print(items)
items[:] = (4, 5)
print(items)
items[1:1] = dict(x=1, y=2)
print(items)
items[len(items):] = items
print(items)
items[::-1] = items
print(items)
items[:2] = range(9, 12)
print(items)
items[2 ** 70:] = [0]
print(items)


def attempt(what, obj, start, stop, step, value):
    try:
        obj[start:stop:step] = value
        print(what, "ok")
    except (TypeError, ValueError) as e:
        print(what, type(e).__name__, e)


attempt("not iterable", [1, 2, 3], 0, 1, None, 5)
attempt("extended not iterable", [1, 2, 3], None, None, 2, 5)
attempt("extended too short", [1, 2, 3], None, None, 2, [1])
attempt("extended too long", [1, 2, 3], None, None, -1, [1, 2, 3, 4])
attempt("step one is not extended", [1, 2, 3], 0, 1, 1, [5, 6, 7])
attempt("step zero", [1, 2, 3], None, None, 0, [])
attempt("tuple", (1, 2), 0, 1, None, [1])
attempt("str", "ab", 0, 1, None, "x")
attempt("range", range(3), 0, 1, None, [1])
attempt("dict", dict(), 0, 1, None, [1])
attempt("None", None, 0, 1, None, [1])
attempt("bad bound", [1], 0, "x", None, [1])
