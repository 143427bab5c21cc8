# list.append and list.pop (with and without an index), stack behaviour
xs = []
for i in range(10):
    xs.append(i * i)
    print(xs)
print(xs.pop(), xs.pop(), xs)
print(xs.pop(0), xs.pop(-1), xs.pop(2), xs)
print(xs.pop(-2), xs)
stack = []
for c in [1, 2, 3, 4, 5]:
    stack.append(c)
    stack.append(c * 10)
    print(stack.pop(), end=" ")
print(stack)
while len(stack) > 0:
    v = stack.pop()
    print(v, len(stack))
r = xs.append(99)
print(r, xs)
ys = [[1], [2]]
ys[0].append(3)
ys.append(ys[1])
ys[-1].append(4)
print(ys, len(ys))
