# expect-exit: 1
# expect-stderr: ValueError: thrown before the first line
# A generator not started yet: its frame is at the def's line, which is where a throw() lands.
def walker(a):

    x = a
    yield x
    return 3


it = walker(1)
print(it.gi_frame.f_lineno, it.gi_frame.f_locals, it.gi_running)


def fresh():
    for i in range(3):
        yield i


k = fresh()
try:
    k.throw(KeyError("k"))
except KeyError as e:
    tb = e.__traceback__
    while tb:
        print(tb.tb_frame.f_code.co_name, tb.tb_lineno)
        tb = tb.tb_next
print(k.gi_frame, list(k))
gg = (i for i in range(3))
print(gg.gi_frame.f_lineno, sorted(gg.gi_frame.f_locals))
print(next(gg), sorted(gg.gi_frame.f_locals))
fresh().throw(ValueError("thrown before the first line"))
