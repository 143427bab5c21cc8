# throw() and close() into generators whose code has moved to compiled code: the exception is raised
# at the yield, the compiled code's handlers run from there, finally clauses run on close.
class Stop(Exception):
    pass


def guarded(log):
    n = 0
    while True:
        try:
            got = yield n
            n += 1 if got is None else got
        except Stop as e:
            log.append(("stop", n, str(e)))
            n = -n
        except ValueError:
            log.append(("value", n))
            raise
        finally:
            if n % 1000 == 0:
                log.append(("finally", n))


def closing(log):
    try:
        for i in range(100000):
            yield i
    finally:
        log.append("closed")


def ignoring():
    while True:
        try:
            yield 1
        except GeneratorExit:
            pass


def delegating(log):
    r = yield from guarded(log)
    log.append(("returned", r))


log = []
g = guarded(log)
next(g)
for _ in range(3000):
    g.send(None)
print(g.throw(Stop("a")), g.send(5), g.throw(Stop, "b"))
try:
    g.throw(ValueError)
except ValueError as e:
    print("ValueError out", repr(e))
print(g.gi_frame, log[-4:])

log = []
c = closing(log)
for _ in range(4000):
    next(c)
print(next(c), c.close(), log, c.gi_frame)

i = ignoring()
for _ in range(3000):
    next(i)
try:
    i.close()
except RuntimeError as e:
    print("RuntimeError:", e)
try:
    i.throw(KeyError("done"))       # (finished, so that nothing is left suspended in a try at exit)
except KeyError as e:
    print("KeyError", e, i.gi_frame)

log = []
d = delegating(log)
next(d)
for _ in range(3000):
    d.send(1)
print(d.throw(Stop("deep")), d.gi_yieldfrom is not None)
try:
    d.throw(KeyError("k"))
except KeyError as e:
    print("KeyError out", e, log[-2:])
d = delegating(log)
next(d)
for _ in range(2000):
    next(d)
d.close()
print(log[-2:], d.gi_frame)
