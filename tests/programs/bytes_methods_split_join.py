# split, rsplit, join, strip, lstrip, rstrip, replace
print(b"a,b,,c".split(b","), b"  a  b c ".split(), b"a b c".split(maxsplit=1), b"a,b,c".rsplit(b",", 1))
print(b" x  y ".rsplit(), b"a b c".rsplit(None, 1), b"".split(), b"".split(b","), b"abc".split(b"abc"))
print(b"\t\n a\x0bb\x0c\r".split(), b"1<>2<>3".split(b"<>", -1), bytearray(b"p q").split())
print(b", ".join([b"a", b"b", bytearray(b"c")]), b"".join([]), b"-".join((b"x",)), b"+".join(iter([b"1", b"2"])))
print(bytearray(b"/").join([b"u", b"v"]))
print(b"  hi  ".strip(), b"xxhixx".strip(b"x"), b"  hi  ".lstrip(), b"  hi  ".rstrip(), b"abcba".strip(b"ab"),
      b"\t\n".strip(), b"hi".strip(None), bytearray(b" z ").strip())
print(b"aaa".replace(b"a", b"bb"), b"abc".replace(b"", b"-"), b"abc".replace(b"", b"-", 2),
      b"abab".replace(b"ab", b"", 1), b"x".replace(b"y", b"z"), bytearray(b"aXa").replace(b"X", b"--"))
for f in (lambda: b"x".split("x"), lambda: b"x".split(b""), lambda: b"x".split(b"x", 1, 2),
          lambda: b"x".join(["a"]), lambda: b"x".join([1]), lambda: b"x".join(5), lambda: b"x".strip("x"),
          lambda: b"x".strip(1, 2), lambda: b"x".replace(b"x"), lambda: b"x".replace("a", b"b"),
          lambda: b"x".join()):
    try:
        print(f())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
