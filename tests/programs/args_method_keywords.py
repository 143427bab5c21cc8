# method calls with keywords: list.sort, dict methods, bound methods kept in variables
lst = [3, 1, 2, 5, 4]
lst.sort(key=lambda x: -x)
print(lst)
lst.sort(reverse=True, key=lambda x: x % 3)
print(lst)
lst.sort(reverse=False)
print(lst)
d = dict(a=1)
d.update(b=2, c=3)
print(d)
d.update(dict(e=5), f=6)
print(d)
sort = lst.sort
sort(key=lambda x: x * (x % 2), reverse=True)
print(lst)
for bad in (lambda: lst.sort(cmp=1), lambda: lst.sort(lambda x: x), lambda: lst.append(x=1),
            lambda: d.get(key=1), lambda: lst.sort(key=1)):
    try:
        bad()
    except TypeError as e:
        print(e)
