# A class's __dict__ is a read-only mappingproxy: changing the class behind its back would leave the
# attribute caches and dunder slots stale, so it is refused as in CPython.
class A:
    """doc"""
    k = 1

    def m(self):
        return "m"


def call_m(objs):
    return [o.m() for o in objs]


objs = [A() for _ in range(2000)]
print(call_m(objs)[:2])
d = A.__dict__
print(type(d).__name__, "k" in d, d["k"], len(d) == len(list(d)), d.get("zz", 5))
print(sorted([k for k in d.keys() if not k.startswith("__")]), d == A.__dict__)
print(repr(d).startswith("mappingproxy({'__module__': '__main__'"))
for action in ("set", "del"):
    try:
        if action == "set":
            d["m"] = lambda self: "patched"
        else:
            del d["m"]
    except TypeError as e:
        print("TypeError:", e)
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
A.m = lambda self: "patched through the class"
print(call_m(objs)[:2], A.__dict__["m"](None))
