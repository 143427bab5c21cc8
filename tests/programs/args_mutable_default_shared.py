# a mutable default is one object shared by every call that leaves it out
def append_to(x, into=[]):
    into.append(x)
    return into

a = append_to(1)
b = append_to(2)
print(a, b, a is b)
print(append_to(3, []))
print(append_to(4))

def kw(*, seen=[]):
    seen.append(len(seen))
    return seen

print(kw(), kw(), kw(seen=[9]))
