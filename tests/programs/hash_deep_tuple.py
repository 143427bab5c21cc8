# hash() of tuples nested deeper than the recursion limit: CPython's tuple hash has none
t = ()
for i in range(5000):
    t = (t,)
print(hash(t) == hash(t), hash(((1, 2), (3, ((4,),)))) == hash(((1, 2), (3, ((4,),)))))
u = ()
for i in range(5000):
    u = (u,)
print(hash(t) == hash(u))
