# Exceptions hash by identity: dict keys, set members; equality is identity unless a class says otherwise.
class Tracked(Exception):
    pass


errors = [Tracked(i) for i in range(5)] + [ValueError("v"), Tracked(0)]
counts = {}
for e in errors:
    counts[e] = counts.get(e, 0) + 1
print(len(counts), sorted([v for v in counts.values()]))
seen = set(errors)
print(len(seen), errors[0] in seen, Tracked(0) in seen, errors[0] == errors[-1], errors[0] == errors[0])
print(hash(errors[1]) == hash(errors[1]), errors[1] != Tracked(1))
lookup = {e: str(e) for e in errors}
print([lookup[e] for e in errors])


class ByValue(Exception):
    def __eq__(self, other):
        return isinstance(other, ByValue) and self.args == other.args


print(ByValue(1) == ByValue(1), ByValue(1) == ByValue(2), ByValue(1) != ByValue(1))
try:
    hash(ByValue(1))
except TypeError as t:
    print("TypeError:", t)


class Hashed(ByValue):
    def __hash__(self):
        return hash(self.args)


print(len({Hashed(1), Hashed(1), Hashed(2)}))
