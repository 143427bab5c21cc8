# many bytes and bytearrays made in hot loops: kept alive across collections, moved, and read back
def build(n):
    parts = []
    acc = bytearray()
    for i in range(n):
        b = str(i).encode() + b","
        parts.append(b)
        acc += b
        acc.append(i % 256)
        if i % 7 == 0:
            acc.extend(bytes(3))
    return parts, acc

parts, acc = build(2000)
joined = b"".join(parts)
print(len(parts), len(acc), len(joined), joined[:30], acc[-10:])
counts = {}
for p in parts:
    key = p[:1]
    counts[key] = counts.get(key, 0) + 1
print(sorted(counts.items()))
words = joined.split(b",")
print(len(words), words[-3:], len(set(words)), sum([int(w.decode()) for w in words if w]))
text = joined.decode("ascii")
print(text.count(","), text[-20:], text.encode("latin-1") == joined)
h = {}
for i in range(500):
    h[bytes([i % 256, i // 256])] = i
print(len(h), h[bytes([10, 1])], h[b"\x00\x00"])
