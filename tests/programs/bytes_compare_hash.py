# comparisons, hashing, bytes as dict keys and set items
print(b"a" < b"b", b"ab" < b"abc", b"abc" <= b"abc", b"b" > b"abc", b"" < b"\x00", b"\xff" > b"\x7f")
print(b"abc" == b"abc", b"abc" != b"abd", b"a" == "a", b"a" != "a", b"1" == 1)
print(sorted([b"pear", b"apple", b"fig", b"", b"Apple"]))
print(hash(b"abc") == hash(b"ab" + b"c"), hash(b"") == 0)
d = {b"one": 1, b"two": 2}
d[b"o" + b"ne"] += 10
print(d, b"two" in d, b"three" in d, d.get(b"tw" + b"o"))
s = {b"x", b"y", b"x"}
print(len(s), b"x" in s)
print(b"abc" == bytearray(b"abc"), bytearray(b"a") < b"b", max([b"b", b"ab"]))
for a, b in ((b"a", "a"), (b"a", 1), (b"a", None)):
    try:
        print(a < b)
    except TypeError as e:
        print("TypeError", e)
