# A suspended generator's frame: gi_frame.f_locals and f_lineno show its state; gi_frame is None once done.
import sys


def walker(items):
    total = 0
    for index, item in enumerate(items):
        total += item
        yield index
    marker = "end"
    yield marker


g = walker([5, 6, 7])
print(g.gi_running, g.gi_frame is not None, g.gi_code.co_name)
print(g.gi_frame.f_locals)
next(g)
frame = g.gi_frame
print(frame.f_lineno, sorted(frame.f_locals.items()))
next(g)
print(frame.f_lineno, sorted(frame.f_locals.items()), g.gi_frame is frame)
print(frame.f_code is g.gi_code, frame.f_back)
print(list(g))
print(g.gi_frame, g.gi_running)
print(sorted(frame.f_locals.items()))


def introspective():
    me = sys._getframe()
    print("inside:", me.f_code.co_name, me.f_back.f_code.co_name)
    print("running:", gen.gi_running, gen.gi_frame is me)
    yield me.f_lineno
    print("caller now:", sys._getframe(1).f_code.co_name)
    yield sys._getframe().f_lineno


def drive():
    return [v for v in gen]


gen = introspective()
print(drive())
print(gen.__name__, gen.__qualname__, gen.gi_code.co_qualname)


class Holder:
    def method(self):
        yield self


h = Holder().method()
print(h.__qualname__, type(h).__name__)


def reentrant():
    yield next(r)


r = reentrant()
try:
    next(r)
except ValueError as e:
    print("ValueError:", e)
print(r.gi_frame)


def keeps_frame():
    me = sys._getframe()
    yield me
    step = 2
    yield step


k = keeps_frame()
inner = next(k)
print(k.gi_frame is inner, inner.f_lineno, sorted(inner.f_locals), inner.f_back)
next(k)
print(inner.f_lineno, sorted(inner.f_locals))
