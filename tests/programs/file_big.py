# Big files (1 MB and more): written in pieces and at once, read whole, by lines, by sizes, in binary,
# round trips of every byte value, lines longer than the buffer.
BASE = '/tmp/pyvm-test-file_big-' + __file__.replace('/', '_')
P = BASE + '.txt'
lines = ['line %d: %s\n' % (i, 'x' * (i % 1000)) for i in range(2000)]
with open(P, 'w') as f:
    for line in lines:
        f.write(line)
text = open(P).read()
print(len(text), text == ''.join(lines))
with open(P) as f:
    n = 0
    for got, want in zip(f, lines):
        n += got == want
print(n)
with open(P) as f:
    print(f.readlines() == lines, f.tell())
with open(P) as f:
    parts = []
    while True:
        s = f.read(40097)
        if not s:
            break
        parts.append(len(s))
print(len(parts), sum(parts), parts[-1])

data = bytes(range(256)) * 4096
with open(P, 'wb') as f:
    print(f.write(data))
with open(P, 'rb') as f:
    back = f.read()
print(len(back), back == data)
with open(P, 'rb') as f:
    chunks = []
    while True:
        c = f.read(100000)
        if not c:
            break
        chunks.append(c)
print(len(chunks), b''.join(chunks) == data)
with open(P, 'rb') as f:
    f.seek(500000)
    print(f.read(4), f.tell(), f.seek(-2, 1), f.read(3))

long_line = 'é' * 100000 + '\n'
with open(P, 'w') as f:
    f.write(long_line * 3)
    f.write('end')
with open(P) as f:
    got = f.readlines()
print(len(got), [len(s) for s in got], got[0] == long_line)
with open(P, encoding='utf-8') as f:
    print(len(f.read(150000)), f.tell(), len(f.readline()))
with open(P, 'w') as f:
    pass
