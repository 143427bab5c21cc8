# del of module globals: at module level, from functions declaring them global, then rebinding
x = 1
y = 2
del x
try:
    print(x)
except NameError as e:
    print("NameError:", e)
try:
    del x
except NameError as e:
    print("NameError:", e)
x = 3
print(x, y)


def drop():
    global y
    del y


def drop_missing():
    global never_bound
    del never_bound


drop()
try:
    print(y)
except NameError as e:
    print("NameError:", e)
try:
    drop_missing()
except NameError as e:
    print("NameError:", e)


def make():
    global z
    z = [1, 2]


make()
print(z)
del z, x
try:
    z
except NameError as e:
    print("NameError:", e)

# a builtin's name bound at module level, then deleted: the builtin shows through again
len = 5
print(len)
del len
print(len([1, 2, 3]))
for i in range(3):
    item = i
del item, i
print("done")
