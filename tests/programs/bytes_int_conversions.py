# int.from_bytes, int.to_bytes, ord and chr with bytes
print(int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 2], "big"), int.from_bytes(b"x"), int.from_bytes(bytes=b"a", byteorder="big"),
      int.from_bytes(b""), int.from_bytes(b"\x80\x00", "big", signed=True), int.from_bytes(bytearray(b"\x00\x80"), "little", signed=True))
big = int.from_bytes(b"\xff" * 20, "big")
print(big, int.from_bytes(b"\xff" * 20, "little", signed=True), big.to_bytes(20, "big") == b"\xff" * 20)
print((1).to_bytes(), (1).to_bytes(2, byteorder="little"), (258).to_bytes(2, "big"), (-1).to_bytes(2, "big", signed=True),
      (-128).to_bytes(1, "little", signed=True), (127).to_bytes(1, "big", signed=True), (0).to_bytes(0, "big"),
      (2 ** 70).to_bytes(10, "big"), (-(2 ** 70)).to_bytes(10, "little", signed=True), True.to_bytes(1, "big"))
for n in (0, 1, 255, 256, 65535, 2 ** 40 + 7, 2 ** 64 + 1):
    for order in ("big", "little"):
        data = n.to_bytes(10, order)
        assert int.from_bytes(data, order) == n
        m = -n
        assert int.from_bytes(m.to_bytes(10, order, signed=True), order, signed=True) == m
print(ord(b"a"), ord(bytearray(b"z")), chr(b"A"[0]), bytes([ord(c) for c in "hi"]), [chr(c) for c in b"ok"])
for f in (lambda: (5).to_bytes(-1, "big"), lambda: (128).to_bytes(1, "big", signed=True),
          lambda: (-129).to_bytes(1, "big", signed=True), lambda: (300).to_bytes(1, "big"),
          lambda: (-1).to_bytes(1, "big"), lambda: int.from_bytes(b"x", "mid"), lambda: int.from_bytes(b"x", 5),
          lambda: (1).to_bytes(1, "big", True), lambda: int.from_bytes(), lambda: (1).to_bytes("x"),
          lambda: int.from_bytes("x", "big"), lambda: int.from_bytes(5), lambda: ord(b"ab"), lambda: ord(b"")):
    try:
        print(f())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
