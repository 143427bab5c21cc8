# __len__, __bool__, __getitem__, __setitem__, __delitem__, __contains__, __iter__, __next__, __call__.
class Box:
    def __init__(self, items):
        self.items = list(items)

    def __len__(self):
        return len(self.items)

    def __getitem__(self, i):
        return self.items[i]

    def __setitem__(self, i, v):
        self.items[i] = v

    def __delitem__(self, i):
        del self.items[i]


b = Box([1, 2, 3])
print(len(b), bool(b), b[0], b[-1])
b[1] = 20
del b[0]
print(b.items, list(b), 20 in b, 5 in b, [x * 2 for x in b])
if not Box([]):
    print("empty box is false")
x, y = b
print(x, y, max(b), sum(b), max(b))
try:
    b[10]
except IndexError as e:
    print("IndexError:", e)


class Counter:
    def __init__(self, n):
        self.n = n
        self.i = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.i >= self.n:
            raise StopIteration
        self.i += 1
        return self.i


print(list(Counter(3)), [i for i in Counter(2)], tuple(Counter(4)))
it = iter(Counter(2))
print(next(it), next(it), next(it, "done"))
for v in Counter(2):
    print("loop", v)


class Bag:
    def __contains__(self, x):
        print("contains", x)
        return x % 2


print(3 in Bag(), 4 in Bag(), 4 not in Bag())


class Truth:
    def __init__(self, t):
        self.t = t

    def __bool__(self):
        return self.t


print(bool(Truth(True)), not Truth(False), "yes" if Truth(True) else "no")
try:
    bool(Truth(1))
except TypeError as e:
    print("TypeError:", e)


class Length:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


for n in (-1, "3", 2 ** 70):
    try:
        print(len(Length(n)))
    except (ValueError, TypeError, OverflowError) as e:
        print(type(e).__name__ + ":", e)
print(bool(Length(0)), bool(Length(2)))


class Adder:
    def __init__(self, k):
        self.k = k

    def __call__(self, x, y=0):
        return self.k + x + y


add = Adder(10)
print(add(1), add(1, y=2), [add(v) for v in [1, 2]])


class NotIter:
    def __iter__(self):
        return 5


try:
    iter(NotIter())
except TypeError as e:
    print("TypeError:", e)
try:
    len(Counter(1))
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(1)[0]
except TypeError as e:
    print("TypeError:", e)
try:
    Counter(1)()
except TypeError as e:
    print("TypeError:", e)
