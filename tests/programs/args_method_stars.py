# method calls with *args and **kwargs
lst = []
lst.append(*[1])
lst.extend(*[[2, 3]])
lst.insert(*(0, 0))
print(lst)
lst.sort(**dict(reverse=True))
print(lst)
d = dict()
d.update(**dict(x=1), y=2)
print(d, d.get(*("x", 0)), d.get(*["z"], *[9]))
import sys
sys.stdout.write(*["written\n"])
try:
    lst.append(*[1, 2])
except TypeError as e:
    print(e)
try:
    lst.pop(*5)
except TypeError as e:
    print(e)
