# super() and the type reach the builtin's methods and dunders.
class Logged(dict):
    def __init__(self, *args, **kwargs):
        self.log = []
        super().__init__(*args, **kwargs)

    def __setitem__(self, key, value):
        self.log.append(("set", key))
        super().__setitem__(key, value)

    def __getitem__(self, key):
        self.log.append(("get", key))
        return super().__getitem__(key)

    def __delitem__(self, key):
        self.log.append(("del", key))
        super().__delitem__(key)

    def __repr__(self):
        return "Logged" + super().__repr__()

    def __eq__(self, other):
        return super().__eq__(other)

    def __hash__(self):
        return 0

    def __len__(self):
        return super().__len__() * 10

    def __contains__(self, key):
        return super().__contains__(key)

    def __iter__(self):
        return super().__iter__()

    def keys(self):
        return sorted(super().keys())


d = Logged(x=1)
d["a"] = 2
print(d["a"], d, len(d), "a" in d, list(d), d.keys(), d == {"x": 1, "a": 2}, hash(d))
del d["x"]
print(d.log, d)


class MyList(list):
    def append(self, x):
        super().append(x * 2)

    def __getitem__(self, i):
        return super().__getitem__(i) + 1 if isinstance(i, int) else super().__getitem__(i)

    def __add__(self, other):
        return MyList(super().__add__(other))

    def __str__(self):
        return "ML" + super().__str__()


m = MyList([1])
m.append(5)
print(m, m[0], m[1], m[0:2], type(m + [3]).__name__, m + [3], list.__getitem__(m, 1), str(m))


class Num(int):
    def __repr__(self):
        return "Num(" + super().__repr__() + ")"

    def __eq__(self, other):
        return super().__eq__(other)

    def __lt__(self, other):
        return super().__lt__(other)

    def __hash__(self):
        return super().__hash__()


n = Num(5)
print(repr(n), n == 5, n < 6, n > 4, n <= 5, hash(n), Num.__add__(n, 2), int.__repr__(n), int.__eq__(n, 5))
print(Num.__mro__, Num.__base__, Num.__bases__, Num.__name__, super(Num, n).__repr__())


class S(str):
    def __getitem__(self, i):
        return S(super().__getitem__(i) * 2)

    def __len__(self):
        return str.__len__(self) + 100


s = S("abc")
print(s[0], type(s[0]).__name__, len(s), s[1:], str.__getitem__(s, 2), s.__len__(), str.__len__(s))
