# Frames of generators whose code has moved to compiled code: gi_frame.f_locals and f_lineno of a
# suspended one, sys._getframe and f_back inside a running one, a frame object kept after it ends.
import sys


def stepping(n):
    total = 0
    for i in range(n):
        total += i
        label = "step"
        yield i
    label = "done"
    yield total


def looking():
    me = sys._getframe()
    for i in range(3000):
        if i == 2999:
            print("inside:", me.f_code.co_name, me.f_back.f_code.co_name, me.f_lineno, sorted(me.f_locals))
            print(me is sys._getframe(), sys._getframe(1).f_code.co_name)
        yield i


def drive():
    for _ in looking():
        pass


g = stepping(3000)
for _ in range(2500):
    next(g)
frame = g.gi_frame
print(frame.f_lineno, sorted(frame.f_locals.items()))
for _ in range(499):
    next(g)
print(frame.f_lineno, sorted(frame.f_locals.items()), g.gi_frame is frame)
print(next(g), frame.f_lineno, frame.f_locals["label"], g.gi_running, g.gi_suspended)
print(list(g), g.gi_frame, frame.f_locals["label"], frame.f_locals["total"])
drive()

h = stepping(5000)
for _ in range(4000):
    next(h)
print(sorted(h.gi_frame.f_locals.items()), h.gi_frame.f_code.co_name, h.gi_frame.f_back)
