# iteration, in with ints and bytes, list and sorted of bytes
b = b"banana"
for c in b:
    print(c, end=" ")
print()
print(list(b), sorted(b), tuple(b"ab"), sum(b"abc"), max(b"xyz"), min(b"xyz"))
print(97 in b, 120 in b, b"nan" in b, b"" in b, b"xyz" in b, bytearray(b"an") in b)
print(list(enumerate(b"hi")), [x * 2 for x in b"\x01\x02"])
it = iter(b"ab")
print(type(it).__name__, next(it), next(it), next(it, "end"))
for bad in ("a", 300, 1.5, -1, None):
    try:
        print(bad in b)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
