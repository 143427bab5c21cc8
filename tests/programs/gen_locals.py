# locals() and vars() inside a generator, and f_locals of its frame from outside.
def looking(a):
    b = a + 1
    yield sorted(locals().items())
    c = b * 2
    yield sorted(locals().items())
    del b
    yield sorted(locals().items())


g = looking(1)
for snapshot in g:
    print(snapshot)
h = looking(10)
next(h)
print(sorted(h.gi_frame.f_locals.items()))
next(h)
next(h)
print(sorted(h.gi_frame.f_locals.items()))
h.close()
print(h.gi_frame)
