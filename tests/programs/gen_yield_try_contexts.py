# yield in every part of try statements: the body, except clauses, else, finally, nested try
# statements, and return inside finally; the order of what runs when resumed, thrown into, or closed.
def everywhere(fail):
    try:
        yield "body"
        if fail:
            raise ValueError(fail)
    except ValueError as e:
        yield "except %s" % e
        try:
            yield "nested body"
            raise KeyError("inner")
        except KeyError:
            yield "nested except"
        finally:
            yield "nested finally"
    else:
        yield "else"
    finally:
        yield "finally"
    yield "after"


print(list(everywhere(None)))
print(list(everywhere("oops")))
g = everywhere(None)
print(next(g), g.throw(ValueError("thrown")), next(g), next(g), next(g), next(g))
print(list(g))


def finally_returns():
    try:
        yield 1
        raise RuntimeError("lost")
    finally:
        return "finally wins"


f = finally_returns()
print(next(f))
try:
    next(f)
except StopIteration as e:
    print("returned", e.value)


def close_order(log):
    try:
        try:
            yield 1
        finally:
            log.append("inner finally")
    except GeneratorExit:
        log.append("outer except GeneratorExit")
        raise
    finally:
        log.append("outer finally")


log = []
c = close_order(log)
next(c)
c.close()
print(log)


def swallow():
    try:
        yield 1
    except GeneratorExit:
        return "swallowed"


s = swallow()
next(s)
print(s.close(), s.gi_frame)


def except_star_like():
    for exc in (KeyError("a"), IndexError("b"), ZeroDivisionError("c")):
        try:
            raise exc
        except (KeyError, IndexError) as e:
            yield type(e).__name__
        except Exception as e:
            yield "other " + type(e).__name__


print(list(except_star_like()))
