# attribute caches (runtime/attrcache.py): every way an entry could go stale, at sites that ran hot
# before (loops of 300 turns: compiled code in every tier), so each test hits a filled cache
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def total(self):
        return self.x + self.y


class Q(P):
    def total(self):
        return self.x * self.y


def get_x(o):
    return o.x


def set_x(o, v):
    o.x = v


def call_total(o):
    return o.total()


def warm(objects):
    s = 0
    for _ in range(300):
        for o in objects:
            set_x(o, get_x(o) + 1)
            s += call_total(o)
    return s


p, q = P(1, 2), Q(3, 4)
print(warm([p]), warm([p, q]))                 # monomorphic, then polymorphic

# more classes than entries: still right
classes = [type("C%d" % i, (P,), {}) for i in range(6)]
print(warm([classes[i](i, i) for i in range(len(classes))]))

# a method replaced on the class, then on a base: new version tags
P.total = lambda self: -1
print(call_total(p), call_total(q))
P.total = lambda self: -2
del Q.total
print(call_total(p), call_total(q))

# an instance attribute shadowing the method: another map
q.total = lambda: "own"
print(call_total(q), call_total(Q(0, 0)))

# a store that adds the attribute (the map's transition), then one that finds it
class E:
    pass


def make(n):
    out = []
    for i in range(n):
        o = E()
        set_x(o, i)
        set_x(o, i + 1)
        out.append(o)
    return out


print(sum([get_x(o) for o in make(300)]))

# dict mode: __dict__ asked for, an attribute deleted
d = P(5, 6)
warm([d])
d.__dict__["x"] = 100
print(get_x(d), call_total(d))
e = P(7, 8)
warm([e])
del e.x
try:
    get_x(e)
except AttributeError as err:
    print("AttributeError:", err)
set_x(e, 9)
print(get_x(e), e.__dict__)

# a class attribute of the same name: the instance's still wins; after del, the class's shows
f = P(1, 1)
warm([f])
P.x = "class"
print(get_x(f))
del f.x
print(get_x(f))


# slots past the presized ones (attributes the methods do not store): the runtime's path
class R:
    pass


rs = [R() for _ in range(300)]
for i in range(len(rs)):
    r = rs[i]
    r.a = i
    r.b = i * 2
    set_x(r, i * 3)
print(sum([get_x(r) + r.b for r in rs]))

# non-instances at the same sites
class Box:
    x = 42


print(get_x(Box), get_x(Box()))
try:
    get_x(3)
except AttributeError as err:
    print("AttributeError:", err)
try:
    call_total(None)
except AttributeError as err:
    print("AttributeError:", err)
