# A dict subclass overriding __setitem__ / __getitem__ and reaching dict's through super().
class LowerDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.lower(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.lower())

    def __contains__(self, key):
        return super().__contains__(key.lower())


d = LowerDict()
d["Hello"] = 1
d["WORLD"] = 2
print(d, d["hello"], d["HELLO"], "World" in d, "x" in d, len(d), list(d))
print(dict.__getitem__(d, "hello"), d.get("HELLO"), d.get("hello"))


class OrderedLog(dict):
    """An OrderedDict-like class: remembers the order keys were last set."""

    def __init__(self):
        super().__init__()
        self.order = []

    def __setitem__(self, key, value):
        if key in self:
            self.order.remove(key)
        self.order.append(key)
        super().__setitem__(key, value)

    def __delitem__(self, key):
        super().__delitem__(key)
        self.order.remove(key)

    def __iter__(self):
        return iter(self.order)

    def __repr__(self):
        return "OrderedLog(" + repr([(k, self[k]) for k in self]) + ")"


o = OrderedLog()
o["b"] = 1
o["a"] = 2
o["b"] = 3
print(o, list(o), len(o), o.order)
del o["b"]
print(o, str(o), [o], list(o.keys()))
try:
    del o["zz"]
except KeyError as e:
    print("KeyError", e)
