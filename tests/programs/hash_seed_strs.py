# env: PYTHONHASHSEED=123
# With PYTHONHASHSEED fixed, str and bytes hashes are CPython's (SipHash-1-3 over the PEP 393 form),
# so sets of strs iterate in CPython's order
words = ["apple", "banana", "cherry", "date", "elderberry", "fig", "grape", "kiwi", "lemon", "mango"]
for s in ["", "a", "abc", "abcdefgh", "abcdefghi", "hello world, 16b", "caf\xe9", "\xff" * 9, "\u0100",
          "na\u00efve \u0101", "\u20ac" * 5, "\U0001f600", "a\U0001f600b", "\ud800", "x\udfff\xe9"]:
    print(repr(s), hash(s))
for b in [b"", b"a", b"abc", b"abcdefgh", b"\xe9", b"\x00" * 11, bytes(range(256))]:
    print(b[:8], hash(b))
print(hash("caf\xe9") == hash("caf\xe9".encode("latin-1")), hash("abc") == hash(b"abc"))
print(set(words))
print({w.upper() for w in words})
print({"x", "y", "z", "w"}, frozenset(words[:4]))
s = set()
for i in range(200):
    s.add(str(i * 7919 % 1000))
print(s)
for i in range(0, 200, 3):
    s.discard(str(i * 7919 % 1000))
print(s, len(s))
print(set(words) - {"fig", "kiwi"}, set(words[:6]) ^ set(words[4:]))
print({"\xe9t\xe9", "\u0101\u0102", "\U0001f600", "plain", "\xe9"})
print(list({w: len(w) for w in words}), set({w: 1 for w in words}.keys()))
seen = {w for w in "the quick brown fox jumps over the lazy dog and the cat".split()}
print(seen, [seen.pop() for _ in range(3)])
print(hash(frozenset(words)), hash(("a", "b", 1)), hash((b"x", ("y",))))
