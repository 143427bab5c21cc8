# Ellipsis and ...: the one object, its repr and type, truth, identity, equality, use as a value
print(..., Ellipsis, repr(...), str(...))
print(type(...), type(Ellipsis))
print(... is Ellipsis, ... == Ellipsis, ... != None, bool(...))
x = ...
items = [1, ..., (...,)]
print(items, x is items[1])
print(hash(...) == hash(Ellipsis))


def stub():
    ...


print(stub())
if ...:
    print("truthy")
d = dict(e=...)
print(d, [...].count(...) if False else len([..., ...]))
