# expect-exit: 1
# expect-stderr: ValueError: no truth
# A __bool__ raising in an if, while, assert, and/or, comprehension and conditional expression: the
# traceback points where CPython 3.11 points (the whole statement or expression).
class F:
    def __bool__(self):
        raise ValueError("no truth")
def show(f):
    try:
        f()
    except ValueError as e:
        print("ValueError", e.__traceback__.tb_next.tb_lineno)
show(lambda: 1 if F() else 2)
def w():
    while F():
        pass
show(w)
def a():
    assert F(), "msg"
show(a)
def b():
    return F() and 1
show(b)
def c():
    return [x for x in [1] if F()]
show(c)
x = 3 if F() else 4
