# instances: attributes in slots and past them, __dict__, vars(), getattr/setattr/hasattr/delattr, shadowing
class P:
    kind = "point"

    def __init__(self, x, y):
        self.x = x
        self.y = y


p = P(1, 2)
print(p.x, p.y, p.kind, p.__class__ is P)
p.z = 3                     # past the presized slots
p.w = 4
p.kind = "mine"             # shadows the class attribute
print(p.z, p.w, p.kind, P.kind, getattr(p, "x"), getattr(p, "nope", "default"), hasattr(p, "w"), hasattr(p, "v"))
setattr(p, "v", 5)
print(p.v)
print(p.__dict__)
p.__dict__["u"] = 6         # the __dict__ is the instance's own
print(p.u, vars(p) is p.__dict__)
delattr(p, "kind")
print(p.kind)
del p.x
print(hasattr(p, "x"), p.__dict__)
try:
    del p.x
except AttributeError as e:
    print("AttributeError:", e)
try:
    p.missing
except AttributeError as e:
    print("AttributeError:", e)
q = P(3, 4)
q2 = P(5, 6)
print(q.x + q2.y, vars(q))


class Many:
    pass


m = Many()
for i in range(40):
    setattr(m, "a%d" % i, i)
print(sum([getattr(m, "a%d" % i) for i in range(40)]), len(vars(m)))


# monkey-patching a class takes effect at once, on existing instances too
def shout(self):
    return "I am at %d, %d" % (self.x, self.y)


P.describe = shout
print(q.describe())
q.describe = lambda: "instance wins"
print(q.describe(), q2.describe())
del P.describe
try:
    q2.describe()
except AttributeError as e:
    print("AttributeError:", e)
