# __missing__ in a dict subclass: a defaultdict written by hand, and a counter.
class DefaultDict(dict):
    def __init__(self, factory, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.factory = factory

    def __missing__(self, key):
        value = self[key] = self.factory()
        return value


d = DefaultDict(list)
d["a"].append(1)
d["a"].append(2)
d["b"].append(3)
print(d, d.factory is list, d.get("c"), "c" in d, len(d))


class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for x in items:
            self[x] += 1
        return self

    def most_common(self, n):
        return sorted(self.items(), key=lambda kv: (-kv[1], kv[0]))[:n]


c = Counter().add("abracadabra")
print(c, c["a"], c["zz"], "zz" in c, c.most_common(2))


class Strict(dict):
    def __missing__(self, key):
        raise KeyError("no " + repr(key))


try:
    Strict()["k"]
except KeyError as e:
    print("KeyError", e)
print(DefaultDict(int, x=1), DefaultDict(int, [("y", 2)])["z"])
