# list.sort and sorted(): argument errors, comparisons that raise (the list stays a permutation),
# key functions that raise, and a list modified during the sort.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)


show(lambda: sorted())
show(lambda: sorted([1], [2]))
show(lambda: sorted([3, 1], foo=1))
show(lambda: [3, 1].sort(1))
show(lambda: [3, 1].sort(reverse=1.5))
show(lambda: [3, 1].sort(bad=2))
show(lambda: sorted(5))
show(lambda: sorted("hello"))
show(lambda: sorted((3, 2, 1), key=None, reverse=True))
show(lambda: sorted([True, False, 1, 0.5, -2]))
show(lambda: sorted([[2], [1, 5], [1]]))
show(lambda: sorted([2 ** 100, -(2 ** 90), 5, 3.5]))
show(lambda: sorted(["b", "a", "é", "z", "ab"]))
show(lambda: sorted(range(10), key=lambda x: x % 3))
show(lambda: sorted(range(10), key=lambda x: x % 3, reverse=True))

a = [5, 1, "x", 3, 2]
show(lambda: a.sort())
print(sorted(a, key=str))

b = [3, 1, 2]
show(lambda: b.sort(key=lambda x: 1 / (x - 2)))
print(b)

c = [4, 2, 3, 1]


def grow(x):
    c.append(x)
    return x


show(lambda: c.sort(key=grow))
print(c)

d = [3, 2, 1]


def peek(x):
    print(len(d), d)
    return x


d.sort(key=peek)
print(d)
e = []
e.sort()
print(e, sorted([]), sorted([7]))
f = [1, 2, 3]
print(f.sort(reverse=True), f)
