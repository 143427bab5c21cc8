# an index that may be a slice object: compiled code must not take t[i] for an item of t (a small int
# here), nor a[i] = [(4,)] for storing a list into a
def first_items(s):
    t = (10, 20, 30)
    x = t[s]
    y = x + x
    return y


def store(s):
    a = [[1], [2]]
    a[s] = [(4,)]
    b = a[0]
    return a, b, len(b)


def loop(n, s):
    t = (1, 2, 3, 4)
    total = 0
    for i in range(n):
        total = total + t[i % 4]
    return total, t[s]


for k in range(30):
    r = (first_items(1), first_items(slice(0, 2)), store(0), store(slice(0, 1)), loop(k, slice(k % 3, None)))
print(r)
