# hash() of deeply nested tuples: CPython's tuple hash has no recursion limit
t = ()
for i in range(100000):
    t = (t,)
print(hash(t) == hash(t), hash(((1, 2), (3, ((4,),)))) == hash(((1, 2), (3, ((4,),)))))
u = ()
for i in range(100000):
    u = (u,)
print(hash(t) == hash(u))
