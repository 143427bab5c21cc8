# range: index, count, start/stop/step (read-only), in, ==, hash, negative and huge indices
def attempt(label, f):
    try:
        print(label, '->', f())
    except (TypeError, ValueError, KeyError, IndexError, OverflowError, MemoryError, AttributeError) as e:
        print(label, '->', type(e).__name__, e)


r = range(1, 10, 3)
print(r.start, r.stop, r.step, range(5).start, range(5).step)
print(range(10).index(3), range(0, 10, 2).index(8), range(10, 0, -3).index(4), range(0, -10, -3).index(-9))
print(range(0, 10**30, 7).index(7 * 10**20), range(5).index(True), range(10).index(3.0))
print(range(0, 10, 2).count(4), range(0, 10, 2).count(3), range(10).count(3.0), range(10).count(True),
      range(10).count('a'), range(0, 10**25, 10**24).count(10**24))
print(10**18 in range(0, 10**19, 2), 10**18 + 1 in range(0, 10**19, 2), 5.0 in range(6), 5.5 in range(6))
print('a' in range(3), True in range(2), -3 in range(0, -10, -3), -4 in range(0, -10, -3))
print(range(0) == range(2, 2), range(0, 3, 5) == range(0, 1), range(1, 10, 2) == range(1, 11, 2))
print(hash(range(0)) == hash(range(2, 2)), hash(range(0, 3, 5)) == hash(range(0, 1)), range(3) != range(4))
print(range(10)[-1], range(10)[-10], range(10**20)[10**19], range(2**63)[2**62])
print(list(reversed(range(5))), list(reversed(range(0, 10**20, 3 * 10**19))), list(reversed(range(0))))
attempt('range(10).index(11)', lambda: range(10).index(11))
attempt('range(5).index(False + 10)', lambda: range(5).index(False + 10))
attempt('range(0, 10, 2).index(3)', lambda: range(0, 10, 2).index(3))
attempt("range(3).index('a')", lambda: range(3).index('a'))
attempt('range(3).index()', lambda: range(3).index())
attempt('range(3).count()', lambda: range(3).count())
attempt('range(3).index(1, 2)', lambda: range(3).index(1, 2))
attempt('range(3).count(x=1)', lambda: range(3).count(x=1))
attempt('range(2**63)[2**64]', lambda: range(2**63)[2**64])
attempt('range(10)[-11]', lambda: range(10)[-11])
attempt('len(range(2**63))', lambda: len(range(2**63)))
attempt('len(range(-2**64, 2**64))', lambda: len(range(-2**64, 2**64)))
for attr in ("start", "stop", "step", "other"):
    try:
        setattr(r, attr, 1)
    except AttributeError as e:
        print(attr, e)
print(r)
