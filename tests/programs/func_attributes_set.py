# assigning function attributes: __dict__, renaming, new defaults, a cell's contents
def f(a, b=2):
    return a + b

f.calls = 0
f.calls += 1
f.tag = "x"
print(f.calls, f.tag, f.__dict__)
f.__defaults__ = (10,)
print(f(1), f.__defaults__)
f.__defaults__ = None
try:
    f(1)
except TypeError as e:
    print(e)
f.__name__ = "renamed"
f.__qualname__ = "Q.renamed"
print(f.__name__, f.__qualname__, repr(f)[:22])
f.__doc__ = "now documented"
print(f.__doc__)
f.__dict__ = dict(fresh=1) if False else dict([("fresh", 1)])
print(f.fresh, f.__dict__)
del f.fresh
print(f.__dict__)

def make():
    v = 1
    def get():
        return v
    return get
get = make()
cell = get.__closure__[0]
cell.cell_contents = 99
print(get(), cell.cell_contents)
