# throw() in every state: into a generator not started (raised at once, it is finished), caught
# and yielding, caught and returning, into a finished one, with a class, a class and a value, an
# instance; a throw passed through yield from to an iterator without throw().
def not_started():
    print("never runs")
    yield 1


g = not_started()
try:
    g.throw(KeyError("early"))
except KeyError as e:
    print("KeyError:", e, g.gi_frame)


def catcher():
    while True:
        try:
            yield "waiting"
        except ValueError as e:
            yield "caught %r" % (e.args,)
        except StopIteration:
            return "stopped by throw"


c = catcher()
print(next(c), c.throw(ValueError), next(c), c.throw(ValueError, "v"), next(c))
print(c.throw(ValueError("inst")), next(c))
try:
    c.throw(StopIteration)
except StopIteration as e:
    print("returned", e.value)
try:
    c.throw(IndexError("after the end"))
except IndexError as e:
    print("IndexError:", e)


class NoThrow:
    def __iter__(self):
        return self

    def __next__(self):
        return "plain"


def delegate():
    try:
        yield from NoThrow()
    except ZeroDivisionError as e:
        yield "delegator caught " + str(e)


d = delegate()
print(next(d), d.throw(ZeroDivisionError("zde")))


class HasThrow(NoThrow):
    def throw(self, *args):
        return "iterator's throw got %s" % args[0].__name__


d2 = (lambda: (yield from HasThrow()))()
print(next(d2), d2.throw(KeyError))
