# del of list slices, with every start, stop and step around a short list (negative steps too),
# and the errors of slicing what is not a list
count = 0
for n in range(5):
    for start in (None, -6, -2, -1, 0, 1, 3, 7):
        for stop in (None, -5, -1, 0, 2, 4, 9):
            for step in (None, -3, -2, -1, 1, 2, 3):
                items = list(range(n))
                del items[start:stop:step]
                print(n, start, stop, step, items)
                count += 1
print(count)

items = list(range(10))
del items[1:3]
del items[::2]
print(items)
del items[:]
print(items)
big = list(range(100))
del big[10:90]
del big[::-3]
print(big)
del big[2 ** 80:]
del big[-2 ** 80:1]
print(big)


def attempt(what, obj, start, stop):
    try:
        del obj[start:stop]
        print(what, obj)
    except (TypeError, ValueError) as e:
        print(what, type(e).__name__, e)


attempt("tuple", (1, 2), 0, 1)
attempt("str", "abc", 0, 1)
attempt("range", range(3), 0, 1)
attempt("dict", dict(a=2), 0, 1)
attempt("int", 7, 0, 1)
attempt("float bound", [1, 2], 1.5, 2)
attempt("str bound", [1, 2], 0, "2")
try:
    del items[::0]
except ValueError as e:
    print("ValueError:", e)
