# bytes(...) and bytearray(...) from ints, iterables, strs with an encoding, and their errors
print(bytes(), bytes(0), bytes(4), bytes([65, 66, 67]), bytes((0, 255)), bytes(range(5)))
print(bytes(b"copy"), bytes(bytearray(b"ba")), bytes("héllo", "utf-8"), bytes("abc", encoding="ascii"))
print(bytes(iter([104, 105])), bytes({7: 1}), bytes(source=2), bytes(True))
print(bytearray(), bytearray(3), bytearray([1, 2]), bytearray(b"xy"), bytearray("é", "latin-1"))
b = b"same"
print(bytes(b) is b)
cases = [lambda: bytes(-1), lambda: bytes("x"), lambda: bytes(1.5), lambda: bytes([300]), lambda: bytes([-1]),
         lambda: bytes(["a"]), lambda: bytes(b"x", "utf-8"), lambda: bytes(b"x", errors="strict"),
         lambda: bytes("x", 5), lambda: bytes(x=1), lambda: bytes(1, 2, 3, 4), lambda: bytearray([256]),
         lambda: bytearray(1.5), lambda: bytearray("x"), lambda: bytes(encoding="utf-8"), lambda: bytes(None)]
for f in cases:
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
