# slice objects: the builtin, repr, start/stop/step, indices(), comparisons, unhashable
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


s = slice(3)
print(s, s.start, s.stop, s.step)
print(slice(1, 2), slice(1, 2, 3), slice(None, None, None), slice('a', [1], 2.5))
print(repr(slice(-1, None, -1)), str(slice(True, False)))
print(type(s), isinstance(s, slice), type(s) is slice)
for t in (slice(1, 10, 2), slice(None, None, -1), slice(-100, 100), slice(5, 1), slice(-3, None, 2),
          slice(None, None, 3), slice(10**20, -10**20, -7), slice(True, None, True)):
    print(t, t.indices(0), t.indices(7), t.indices(10**20))
print(slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3))
print(slice(2) > slice(1), slice(None) == slice(None), slice(1, [1]) == slice(1, [1]))
print(slice(1) == 1, slice(1) != None, s == s, s <= s, s < s)
try:
    hash(slice(1))
except TypeError as e:
    print(e)
try:
    {slice(1, 2): 3}
except TypeError as e:
    print(e)
print(slice(1, 2).indices(True))
attempt('slice(1).indices(2.0)', lambda: slice(1).indices(2.0))
attempt('slice(1).indices()', lambda: slice(1).indices())
attempt('slice(1).indices(1, 2)', lambda: slice(1).indices(1, 2))
attempt('slice(1.5).indices(3)', lambda: slice(1.5).indices(3))
attempt('slice(None, None, 1.5).indices(3)', lambda: slice(None, None, 1.5).indices(3))
attempt('slice(0, 1, 0).indices(-1)', lambda: slice(0, 1, 0).indices(-1))
attempt('slice(0, 1, 0).indices(1)', lambda: slice(0, 1, 0).indices(1))
attempt('slice(1).indices(x=1)', lambda: slice(1).indices(x=1))
attempt('slice()', lambda: slice())
attempt('slice(1, 2, 3, 4)', lambda: slice(1, 2, 3, 4))
attempt('slice(a=1)', lambda: slice(a=1))
attempt('slice(1) < 1', lambda: slice(1) < 1)
attempt("slice(1) < slice('a')", lambda: slice(1) < slice('a'))
attempt('slice(1)[0]', lambda: slice(1)[0])
attempt('len(slice(1))', lambda: len(slice(1)))
attempt('list(slice(1))', lambda: list(slice(1)))
for attr in ("start", "stop", "step", "other"):
    try:
        setattr(s, attr, 1)
    except AttributeError as e:
        print(attr, e)
try:
    del s.start
except AttributeError as e:
    print(e)
print(s)
