# A __setattr__, __delattr__ or __getattribute__ put on a class (or a base) after its instances were
# used takes effect at once: the attribute caches of loads, stores and method calls step aside.
class Base:
    pass


class P(Base):
    def __init__(self, x):
        self.x = x

    def get(self):
        return self.x


def work(objs):
    total = 0
    for p in objs:
        p.x = p.x + 1
        total += p.x + p.get()
    return total


objs = [P(i) for i in range(50)]
for _ in range(30):
    work(objs)
print(work(objs))

log = []


def logging_setattr(self, name, value):
    log.append(name)
    object.__setattr__(self, name, value)


Base.__setattr__ = logging_setattr
print(work(objs), len(log))
del Base.__setattr__
print(work(objs), len(log))

loads = []


def counting_getattribute(self, name):
    loads.append(name)
    return object.__getattribute__(self, name)


P.__getattribute__ = counting_getattribute
print(work(objs), len(loads), sorted(set(loads)))
del P.__getattribute__
print(work(objs), len(loads))


def no_delete(self, name):
    raise AttributeError("no deleting " + name)


P.__delattr__ = no_delete
try:
    del objs[0].x
except AttributeError as e:
    print("AttributeError:", e)
print(objs[0].x)
