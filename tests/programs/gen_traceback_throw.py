# expect-exit: 1
# expect-stderr: ValueError: thrown in
# An exception thrown into a generator and not caught: the generator's frame at its yield, then
# the thrower's.
def waiting():
    total = 0
    while True:
        total += yield total


def drive(g):
    next(g)
    g.send(3)
    g.throw(ValueError("thrown in"))


drive(waiting())
