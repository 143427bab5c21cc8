# del of attributes of builtin objects, which have no settable attributes: CPython's errors
def attempt(what, obj, name):
    try:
        if name == "append":
            del obj.append
        elif name == "pop":
            del obj.pop
        elif name == "keys":
            del obj.keys
        else:
            del obj.missing
        print(what, "deleted")
    except AttributeError as e:
        print(what, "AttributeError:", e)


attempt("list method", [], "append")
attempt("list pop", [2], "pop")
attempt("dict method", dict(), "keys")
attempt("list", [1], "missing")
attempt("int", 1, "missing")
attempt("big int", 2 ** 70, "missing")
attempt("bool", True, "missing")
attempt("float", 1.5, "missing")
attempt("None", None, "missing")
attempt("str", "x", "missing")
attempt("tuple", (1,), "missing")
attempt("dict", dict(), "missing")
attempt("range", range(2), "missing")
calls = []


def source():
    calls.append("evaluated")
    return [1, 2]


try:
    del source().append
except AttributeError as e:
    print(calls, e)
