# the `as` target may be any assignment target; storing it is inside the with, so a failure calls __exit__
class Gives:
    def __init__(self, value):
        self.value = value

    def __enter__(self):
        return self.value

    def __exit__(self, exc_type, exc, tb):
        print("exit", exc_type.__name__ if exc_type else None, exc if exc_type else "")
        return exc_type is ValueError


class Box:
    pass


box = Box()
items = [0, 0, 0]
with Gives((1, 2)) as (a, b):
    print(a, b)
with Gives([3, [4, 5]]) as [c, (d, e)]:
    print(c, d, e)
with Gives((1, 2, 3, 4)) as (first, *rest):
    print(first, rest)
with Gives("attr") as box.attr:
    print(box.attr)
with Gives("item") as items[1]:
    print(items)
with Gives({"k": 1}) as box.d:
    pass
with Gives(9) as box.d["k"]:
    print(box.d)
with Gives((1, 2, 3)) as (x, y):            # too many values: ValueError, swallowed by __exit__
    print("not reached")
print("after unpacking failed")
with Gives((1,)) as (x, y):
    print("not reached")
print("after too few")


def in_function():
    with Gives((10, 20)) as (p, q), Gives(30) as r:
        return p + q + r


print(in_function())
g = None
with Gives("global") as g:
    pass
print(g)
try:
    with Gives(5) as (u, v):             # int is not iterable: a TypeError, not swallowed
        pass
except TypeError as e:
    print("TypeError:", e)
