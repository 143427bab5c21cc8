# augmented assignment to a slice: the object and the bounds are evaluated once
calls = []


def pick(x, label):
    calls.append(label)
    return x


items = [1, 2, 3, 4]
items[1:3] += [9]
print(items)
pick(items, "obj")[pick(1, "start"):pick(2, "stop")] *= 3
print(items, calls)
items[::2] += []
print(items)
words = ["a", "b", "c"]
words[:] += "de"
print(words)
try:
    items[0:1] += 5
except TypeError as e:
    print("TypeError:", e)
try:
    items[::2] += [1]
except ValueError as e:
    print("ValueError:", e)
t = (1, 2, 3)
try:
    t[0:1] += (5,)
except TypeError as e:
    print("TypeError:", e, t)


def local_slices(n):
    data = list(range(n))
    data[n // 2:] -= []
    return data


try:
    local_slices(4)
except TypeError as e:
    print("TypeError:", e)
