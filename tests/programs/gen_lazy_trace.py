# Laziness: a pipeline of generators interleaves its stages item by item; nothing runs before the
# first next(); a stage that stops early leaves the upstream ones suspended where they were.
def source(n):
    for i in range(n):
        print("source", i)
        yield i


def double(items):
    for x in items:
        print("double", x)
        yield x * 2


def take(items, k):
    for x in items:
        if k == 0:
            print("take stops")
            return
        k -= 1
        yield x


pipe = take(double(source(10)), 3)
print("built")
for value in pipe:
    print("got", value)
print("after")
s = source(3)
d = double(s)
next(d)
print(s.gi_frame.f_locals["i"], d.gi_frame.f_locals["x"])
