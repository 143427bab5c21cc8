# gi_frame while suspended at several points: before it starts, at each yield (in a loop, in a
# try statement, in yield from, in an except clause), and once finished; f_lineno, f_locals,
# f_code, f_back, gi_yieldfrom and gi_running along the way.
import sys


def work(n):
    total = 0
    for i in range(n):
        total += i
        yield total
    try:
        yield "in try"
    except KeyError:
        yield "in except"
    got = yield from helper(total)
    yield got


def helper(base):
    frame = sys._getframe()
    print("helper frame is gi_frame:", frame is active.gi_frame.f_locals.get("nothing", frame))
    print("running inside:", active.gi_running)
    yield base * 2
    return "helper done"


def show(label, g):
    f = g.gi_frame
    if f is None:
        print(label, "finished", g.gi_running)
        return
    names = {k: v for k, v in f.f_locals.items() if not k.startswith("_")}
    yf = g.gi_yieldfrom
    print(label, f.f_lineno, f.f_code.co_name, sorted(names.items(), key=str), f.f_back,
          yf.__name__ if yf is not None else None, g.gi_running)


active = work(3)
show("created", active)
first_frame = active.gi_frame
for step in range(4):
    print("yielded", next(active))
    show("step %d" % step, active)
print("thrown ->", active.throw(KeyError("k")))
show("in except", active)
print("yielded", next(active))
show("in yield from", active)
print("yielded", next(active))
print(active.gi_frame is first_frame)
try:
    next(active)
except StopIteration:
    pass
show("done", active)
