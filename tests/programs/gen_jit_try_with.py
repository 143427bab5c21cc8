# Yields inside try/except/finally and with statements, in generators resumed often enough to be
# compiled: the handlers, the exception being handled while suspended (sys.exc_info, a bare raise
# after resuming), and a with statement's __exit__ when the generator is closed or resumed.
import sys


class Managed:
    def __init__(self, log, name):
        self.log, self.name = log, name

    def __enter__(self):
        self.log.append("enter " + self.name)
        return self

    def __exit__(self, *exc):
        self.log.append("exit " + self.name + (" " + exc[0].__name__ if exc[0] else ""))
        return False


def in_handler():
    for i in range(3000):
        try:
            raise KeyError(i)
        except KeyError as e:
            v = yield sys.exc_info()[1]
            assert sys.exc_info()[1] is e
            if v == "reraise":
                raise
    yield sys.exc_info()


def with_yield(log, n):
    with Managed(log, "outer"):
        for i in range(n):
            with Managed(log, "inner") as m:
                yield m.name, i


def finally_yield(n):
    for i in range(n):
        try:
            yield "body", i
        finally:
            if i % 1000 == 999:
                yield "finally", i


g = in_handler()
values = [next(g) for _ in range(2999)]
print(values[-1], repr(values[0]), sys.exc_info())
try:
    raise ValueError("caller's")
except ValueError:
    print(repr(g.send(None)), repr(sys.exc_info()[1]))
try:
    g.send("reraise")
except KeyError as e:
    print("reraised", e, g.gi_frame)

log = []
w = with_yield(log, 2000)
for _ in range(1500):
    next(w)
print(next(w), log[-3:])
w.close()
print(log[-3:], w.gi_frame)
log = []
w = with_yield(log, 1000)
for _ in range(600):
    next(w)
try:
    w.throw(IndexError)
except IndexError:
    print("IndexError", log[-2:])

f = list(finally_yield(3000))
print(len(f), [x for x in f if x[0] == "finally"])
