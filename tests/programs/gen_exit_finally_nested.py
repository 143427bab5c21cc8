# Exit finalization of generators reachable through other objects made after them (a dict, a
# list, a closure): CPython closes those after the ones module globals refer to; a finally clause
# using a module global still sees it.
LABEL = "global label"


def task(name):
    try:
        yield name
    finally:
        print("finish", name, LABEL)


def keep():
    g = task("held by closure")
    next(g)
    return lambda: g


first = task("direct, made first")
next(first)
items = [task("in a list")]
next(items[0])
table = {"k": task("held by dict")}
next(table["k"])
fn = keep()


def counts():
    total = 0
    try:
        while True:
            total += yield total
    finally:
        print("counted", total)


c = counts()
next(c)
for i in range(5):
    c.send(i)
print("end")
