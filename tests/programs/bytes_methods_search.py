# find, rfind, index, rindex, count, startswith, endswith with bytes, ints and windows
b = b"abracadabra"
print(b.find(b"bra"), b.rfind(b"bra"), b.find(b"x"), b.find(97), b.rfind(97), b.find(b""), b.find(b"", 20))
print(b.find(b"a", 1), b.find(b"a", 1, 3), b.find(b"a", -4), b.rfind(b"a", 0, -1), b.find(bytearray(b"cad")))
print(b.index(b"cad"), b.rindex(b"a"), b.count(b"a"), b.count(b"ab"), b.count(b""), b.count(97, 3), b.count(b"a", 5, 2))
print(b.startswith(b"abr"), b.startswith(b"bra", 1), b.endswith(b"abra"), b.endswith(b"abr", 0, -1),
      b.startswith((b"x", b"ab")), b.endswith(()), b.startswith(b""), b.startswith(b"a", 20))
for f in (lambda: b.index(b"z"), lambda: b.rindex(b"z"), lambda: b.find("a"), lambda: b.count(1.5),
          lambda: b.find(300), lambda: b.find(), lambda: b.find(b"a", 1, 2, 3), lambda: b.find(b"a", start=1),
          lambda: b.startswith("a"), lambda: b.endswith((b"a", "b")), lambda: b.find(b"a", "x")):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
