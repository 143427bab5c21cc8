# locals() in functions: a new dict of the bound locals, parameters first, in CPython's order;
# unbound and deleted locals left out; a snapshot that later assignments do not change
def f(a, b=2):
    print(locals())
    c = a + b
    d = [c]
    print(locals())
    del c
    print(locals(), list(locals()))
    snapshot = locals()
    d.append(5)
    e = 1
    print(snapshot, "e" in snapshot, locals() is locals())
    return snapshot


result = f(1)
print(result)


def nothing():
    return locals()


print(nothing())


def conditional(flag):
    if flag:
        value = "set"
    return locals()


print(conditional(True), conditional(False))


def in_loop():
    seen = []
    for i in range(3):
        seen.append(len(locals()))
    return seen


print(in_loop())


def with_error():
    try:
        1 / 0
    except ZeroDivisionError as err:
        inside = list(locals())
    return inside, list(locals())


print(with_error())
