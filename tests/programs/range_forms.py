# range with 1, 2 and 3 arguments, negative steps, empty ranges
def show(r):
    out = []
    for x in r:
        out.append(x)
    print(out, len(r))

show(range(5))
show(range(0))
show(range(-3))
show(range(2, 7))
show(range(7, 2))
show(range(-5, -1))
show(range(0, 10, 3))
show(range(0, 10, -3))
show(range(10, 0, -3))
show(range(10, -10, -4))
show(range(-1, -8, -2))
show(range(5, 5))
show(range(5, 5, -1))
show(range(5, 6, -1))
show(range(1, 2, 100))
show(range(-10, 10, 7))
show(range(True, 4))
s = 0
for i in range(100, 0, -1):
    s = s + i
print(s)
for i in range(3, -4, -1):
    print(i, end=" ")
print()
