# A dict subclass: its methods, views, iteration, comparison and printing; attributes beside.
class Registry(dict):
    def register(self, name, value):
        self[name] = value
        return value


r = Registry(a=1)
r.register("b", 2)
r["c"] = 3
r.label = "reg"
print(r, len(r), r["a"], r.get("z", 0), "b" in r, "z" in r, r.label, type(r).__name__)
print(list(r), list(r.keys()), list(r.values()), list(r.items()), sorted(r, reverse=True))
print(r == {"a": 1, "b": 2, "c": 3}, {"a": 1, "b": 2, "c": 3} == r, r != {}, isinstance(r, dict))
del r["a"]
print(r.pop("b"), r.setdefault("d", 4), r, r.copy(), type(r.copy()).__name__)
r.update({"e": 5}, f=6)
print(r, {**r}, dict(r), Registry(r), r | {"g": 7}, type(r | {"g": 7}).__name__)
for k, v in r.items():
    print(k, v, end=" ")
print()
try:
    r["missing"]
except KeyError as e:
    print("KeyError", e)
try:
    hash(r)
except TypeError as e:
    print("TypeError:", e)
print(Registry([("x", 1), ("y", 2)]), Registry({"q": 0}, w=1), Registry(), bool(Registry()), bool(r))
r.clear()
print(r, len(r), r.label)
