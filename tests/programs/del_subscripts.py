# del of list items (negative indices too) and dict entries, and the errors of other targets
items = list(range(10))
del items[0]
del items[-1]
del items[3]
print(items)
del items[True]
print(items)

d = dict(a=1, b=2, c=3)
del d["b"]
print(d)
d["b"] = 4
print(d, list(d))
del d["a"], d["c"]
print(d)


def attempt(what, obj, key):
    try:
        del obj[key]
        print(what, "ok")
    except (TypeError, IndexError, KeyError) as e:
        print(what, type(e).__name__, e)


attempt("list past end", [1, 2], 2)
attempt("list before start", [1, 2], -3)
attempt("list str index", [1, 2], "x")
attempt("list float index", [1, 2], 1.0)
attempt("list huge index", [1, 2], 2 ** 100)
attempt("dict missing", dict(a=2), 3)
attempt("dict unhashable", dict(a=2), [])
attempt("dict tuple key", dict([((1, 2), 3)]), (1, 2))
attempt("tuple", (1, 2), 0)
attempt("tuple str", (1, 2), "x")
attempt("tuple huge", (1, 2), 2 ** 100)
attempt("str", "ab", 0)
attempt("range", range(3), 0)
attempt("int", 5, 0)
attempt("None", None, 0)
attempt("float", 1.5, 0)

nested = [[1, 2, 3], dict(k=[4, 5])]
del nested[0][1]
del nested[1]["k"][0]
print(nested)
