# tuple.count and tuple.index (with start and stop), and the list methods they share code with.
def show(f):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
t = (1, 2, 'a', 2, 2.0, [1])
show(lambda: t.count(2))
show(lambda: t.count([1]))
show(lambda: t.count())
show(lambda: t.index('a'))
show(lambda: t.index(2, 2))
show(lambda: t.index(2, -2, 10**30))
show(lambda: t.index(9))
show(lambda: t.index(2, 5))
show(lambda: t.index())
show(lambda: t.index(1, 'x'))
show(lambda: [1, 2].index(3))
show(lambda: [1, 2, 1].count(1))
show(lambda: ().count(1))
