# globals(): the module's namespace as a dict, the same one each time, read and written both ways:
# item reads, `in`, get; item assignment and del reaching the globals; rebinding seen through it
alpha = 1
g = globals()
print(g is globals(), g["alpha"], "alpha" in g, "beta" in g, g.get("beta", "none"))
g["beta"] = 2
print(beta)
alpha = 10
print(g["alpha"])
del g["alpha"]
try:
    print(alpha)
except NameError as e:
    print("NameError:", e)
alpha = 11
print(g["alpha"], g.pop("alpha"), "alpha" in g)
print(g.setdefault("gamma", 3), gamma, g.setdefault("gamma", 4))
g.update([("delta", 4), ("beta", 20)])
print(delta, beta)
g["only_in_dict"] = "x"
print(g["only_in_dict"])
print(type(g))
print(g["__annotations__"])


def read(name):
    return globals()[name]


def write(name, value):
    globals()[name] = value


def use_counter():
    return counter


write("counter", 5)
print(use_counter(), read("counter"), counter)
counter += 1
print(read("counter"))
del counter
try:
    print(read("counter"))
except KeyError as e:
    print("KeyError:", e)
try:
    use_counter()
except NameError as e:
    print("NameError:", e)


def defines():
    global made_here
    made_here = [1]


defines()
print(g["made_here"])
for i in range(3):
    total = i
print(g["total"], g["i"])
try:
    print(g["never"])
except KeyError as e:
    print("KeyError:", e)
try:
    del g["never"]
except KeyError as e:
    print("KeyError:", e)
print(locals() is g)
