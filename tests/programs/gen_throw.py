# throw(): the exception raised at the yield, caught there or passed on.
def resilient():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("handled", e)
            n += 100
        n += 1


g = resilient()
print(next(g))
print(g.throw(ValueError("bad")))
print(g.throw(ValueError, "worse"))
print(g.throw(ValueError, ("a", "b")))
print(next(g))
try:
    g.throw(KeyError("k"))
except KeyError as e:
    print("passed on", repr(e))
try:
    next(g)
except StopIteration:
    print("finished")
try:
    g.throw(IndexError("after"))
except IndexError as e:
    print("exhausted generator raises", repr(e))


def plain():
    yield 1


p = plain()
try:
    p.throw(ZeroDivisionError)
except ZeroDivisionError as e:
    print("just started:", type(e).__name__)
print(list(p))

q = plain()
next(q)
for bad in [(1,), (ValueError("x"), 1), (int,)]:
    try:
        q.throw(*bad)
    except TypeError as e:
        print("TypeError:", e)


def returns_after_throw():
    try:
        yield 1
    except RuntimeError:
        return "returned"


r = returns_after_throw()
next(r)
try:
    r.throw(RuntimeError)
except StopIteration as e:
    print("StopIteration", e.value)
