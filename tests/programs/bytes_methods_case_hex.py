# upper, lower, the is...() predicates, hex and fromhex
b = b"Hello, World! \xe9"
print(b.upper(), b.lower(), bytearray(b"aB").upper())
for s in (b"", b"123", b"abc", b"ABC", b"aBc", b"a1", b" \t\n", b"abc1!", b"\x80", b"hello world", b"HELLO 1"):
    print(s, s.isdigit(), s.isalpha(), s.isalnum(), s.isspace(), s.isascii(), s.islower(), s.isupper())
print(b"\x00\x0f\xff".hex(), b"".hex(), bytearray(b"AB").hex())
print(bytes.fromhex("deadbeef"), bytes.fromhex(" 0a 0B ff "), bytes.fromhex(""), bytearray.fromhex("41 42"))
for f in (lambda: bytes.fromhex("zz"), lambda: bytes.fromhex("a"), lambda: bytes.fromhex("a b"),
          lambda: bytes.fromhex(5), lambda: bytes.fromhex("0é"), lambda: b"x".upper(1), lambda: b"x".isdigit(1),
          lambda: bytes.fromhex()):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
