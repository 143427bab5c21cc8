# bytes with the builtins: str() with an encoding, reversed, zip, unpacking, isinstance, fromhex on an instance
b = b"hello"
print(isinstance(b, bytes), isinstance(bytearray(), bytes), isinstance(b, (str, bytes)), type(b).__name__,
      bytes.__name__, repr(bytes), repr(bytearray), type(bytearray()) is bytearray)
x, y = b"xy"
print(x, y, *b"ab", [*bytearray(b"cd")])
print(list(reversed(b"abc")), list(reversed(bytearray(b"de"))), list(reversed(b"")), list(zip(b"ab", b"cd")),
      any(b"\x00"), all(b"\x01"), list(map(chr, b"hi")), list(filter(None, b"\x00\x01")))
print(str(b"abc", "ascii"), str(b"\xe9", "latin-1"), str(bytearray(b"x"), encoding="utf-8", errors="strict"),
      str(b"a\xffb", errors="replace"), repr(str(encoding="utf-8")), str(b"x"))
print(b.fromhex("41"), bytearray(b"z").fromhex("43"), b.fromhex("44") == bytes.fromhex("44"))
print(b"a" in [b"a"], b"a" in (bytearray(b"a"),), [b"a", b"b"].index(b"b"), {b"a": 1} == {b"a": 1}, [b"x"].count(b"x"))
print(b"abc".count(b"", 1), b"abc".find(b"c", -1), bool(b""), bool(b"\x00"), not bytearray())
for f in (lambda: format(b"x", ">5"), lambda: str("x", "ascii"), lambda: str(5, "ascii"), lambda: str(b"x", 5),
          lambda: str(b"x", encoding="utf-8", bogus=1), lambda: b"a" in "abc", lambda: int(b"1", 0) if False else iter(5)):
    try:
        print(f())
    except TypeError as e:
        print("TypeError", e)
