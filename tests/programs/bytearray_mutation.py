# bytearray methods that change it, and item and slice assignment and deletion
a = bytearray()
for i in range(300):
    a.append(i % 256)
print(len(a), a[255], a[256], a[-1])
a = bytearray(b"abc")
a.extend(b"de")
a.extend([102, 103])
a.extend(bytearray(b"h"))
a.extend(iter(range(105, 107)))
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.insert(0, 65)
a.insert(-1, 66)
a.insert(100, 67)
a.insert(-100, 68)
print(a)
a.remove(66)
print(a)
a.reverse()
print(a)
a[1:3] = b"XYZ"
print(a)
a[::2] = bytes(len(a[::2]))
print(a)
a[2:2] = [1, 2, 3]
print(a)
del a[0]
del a[1:3]
del a[::3]
print(a)
a[:] = a
print(a)
a.clear()
print(a, len(a))
a += bytearray(b"xyz")
a[0:1] = bytearray()
print(a)
for f in (lambda: a.pop(5), lambda: bytearray().pop(), lambda: a.remove(5), lambda: a.remove(300),
          lambda: a.append("a"), lambda: a.append(256), lambda: a.insert(0, "x"), lambda: a.extend(5),
          lambda: a.extend(["x"]), lambda: a.append(), lambda: a.pop(1, 2), lambda: a.insert(1)):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
for value in (5, "x", b"abc"):
    try:
        a[0:1] = value
        print(a)
    except TypeError as e:
        print("TypeError", e)
try:
    a[::2] = b"x"
except ValueError as e:
    print("ValueError", e)
