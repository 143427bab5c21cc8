# Generators still suspended in a try statement when the program ends: CPython closes them as
# it frees the module's namespace, in the order they were made, so their finally and except
# GeneratorExit clauses run (and print) after the last statement; one in yield from closes its
# delegate first; one suspended outside a try statement has nothing to run.
def resource(name):
    print("open", name)
    try:
        yield name
        yield name + " again"
    finally:
        print("release", name)


def watcher(name):
    try:
        while True:
            yield
    except GeneratorExit:
        print("watcher", name, "told to exit")
        raise


def delegating(name):
    print("delegating to", name)
    result = yield from resource(name)
    print("never:", result)


def plain():
    while True:
        yield 1


later = None
first = resource("first")
next(first)
w = watcher("w")
next(w)
d = delegating("inner")
next(d)
later = resource("later")
next(later)
p = plain()
next(p)
done = resource("done")
print(list(done))
untouched = resource("never started")
print("end of program")
