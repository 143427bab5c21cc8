# bytearray: mutable, its repr, reads like bytes, unhashable, converting back and forth
a = bytearray(b"hello")
print(a, len(a), a[0], a[-1], a[1:3], a[::-1], list(a), b"ell" in a, 104 in a)
a[0] = 74
a[-1] = ord("y")
print(a, bytes(a), bytearray(bytes(a)) == a, a == b"Jelly", a.upper(), a.find(b"l"))
b = a
b += b"!"
print(a, b is a)
b *= 2
print(a, len(a))
c = a.copy()
c.append(0)
print(a, c, a == c, a != c)
try:
    hash(a)
except TypeError as e:
    print("TypeError", e)
try:
    {a: 1}
except TypeError as e:
    print("TypeError", e)
for bad in ((0, 300), (0, "x"), (99, 1), ("i", 1)):
    try:
        a[bad[0]] = bad[1]
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
print(type(iter(a)).__name__, repr(bytearray(b"it's")), str(bytearray()))
