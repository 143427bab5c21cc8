# dict(d), {**d}, f(**d) and update(d) copy a dict subclass's entries as they are unless it iterates
# otherwise (CPython's dict_merge), and then go through keys() and __getitem__.
class Doubling(dict):
    def __getitem__(self, k):
        return dict.__getitem__(self, k) * 2

    def keys(self):
        return ["a"]


class Iterating(Doubling):
    def __iter__(self):
        return iter(["a"])


def f(**kw):
    return kw


for d in (Doubling(a=1, b=2), Iterating(a=1, b=2)):
    e = {}
    e.update(d)
    print(type(d).__name__, dict(d), {**d}, f(**d), e, d["a"], list(d), dict(d.items()))
    print({**d, "c": 3}, dict(d, z=0), len(d), sorted(d.values()))
