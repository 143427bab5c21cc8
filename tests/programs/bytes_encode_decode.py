# str.encode and bytes.decode for utf-8, ascii and latin-1 with strict, replace and ignore
s = "héllo wörld €"
for enc in ("utf-8", "UTF8", "utf_8", "ascii", "latin-1", "iso-8859-1", "Latin1"):
    for errors in ("strict", "replace", "ignore"):
        try:
            e = s.encode(enc, errors)
            print(enc, errors, e, e.decode(enc, errors) if enc != "ascii" else e.decode("ascii"))
        except UnicodeEncodeError as x:
            print(enc, errors, "UnicodeEncodeError", x)
print("abc".encode(), "".encode(), "é".encode(encoding="latin-1"), "x".encode(errors="strict"))
bad = b"ab\xffcd\xe2\x82ef\xc3"
for enc in ("utf-8", "ascii", "latin-1"):
    for errors in ("strict", "replace", "ignore"):
        try:
            print(enc, errors, repr(bad.decode(enc, errors)))
        except UnicodeDecodeError as x:
            print(enc, errors, "UnicodeDecodeError", x)
print(b"caf\xc3\xa9".decode(), bytearray(b"\xe2\x82\xac").decode("utf-8"), b"".decode("ascii"))
print(b"\xed\xa0\x80".decode("utf-8", "replace"), b"\xf0\x90\x80".decode("utf-8", "replace"))
for f in (lambda: "x".encode(5), lambda: b"x".decode(5), lambda: b"x".decode(errors=5),
          lambda: "é".encode("ascii", "bogus"), lambda: "x".encode("ascii", "bogus"),
          lambda: b"x".decode("utf-8", "strict", 1), lambda: b"x".decode(x=1), lambda: "\udc80".encode(),
          lambda: "a\ud800\udc00b".encode("utf-8", "replace"), lambda: "ab€€€c".encode("latin-1")):
    try:
        print(f())
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
