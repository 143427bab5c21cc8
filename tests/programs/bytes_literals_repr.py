# bytes literals, their repr (quotes, escapes) and print
print(b"")
print(b"abc", b'it\'s', b"say \"hi\"", b"both ' and \"")
print(b"\x00\x01\x7f\x80\xff", b"\t\n\r\\", b"\x0b\x0c")
print(repr(b"abc"), str(b"xyz"))
print([b"a", b"b"], (b"c",), {b"k": b"v"})
x = b"abc" b"def"
print(x, rb"\n", len(rb"\n"))
print(b"a" * 3, 3 * b"ab", b"ab" * 0, b"ab" * -1)
print(f"{b'q'}", "%s %r" % (b"s", b"r"))
print(type(b""), type(b"x") is bytes)
