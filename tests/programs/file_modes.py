# Reading and writing files in every mode: r, w, a, x, b, t, +; seek and tell; with.
BASE = '/tmp/pyvm-test-file_modes-' + __file__.replace('/', '_')
P = BASE + '.txt'

f = open(P, 'w')
print(type(f).__name__, f.mode, f.encoding, f.errors, f.readable(), f.writable(), f.seekable(), f.closed)
print(f.write('first line\n'), f.write('second line\n'), f.tell())
f.writelines(['third\n', 'fourth\n'])
f.flush()
f.close()
print(f.closed)

with open(P) as f:
    print(f.mode, f.read(5), f.tell(), repr(f.readline()), f.tell())
    print(f.readlines())
    print(repr(f.read()), repr(f.readline()))
    print(f.seek(0), repr(f.read(3)), f.seek(0, 2), repr(f.read()))

with open(P, 'rt') as f:
    print(f.mode, [line for line in f])

with open(P, 'a') as f:
    print(f.mode, f.tell(), f.write('appended\n'), f.tell())
print(open(P).read().splitlines()[-1])

with open(P, 'r+') as f:
    print(f.mode, f.read(5))
    f.seek(0)
    f.write('FIRST')
    f.seek(0)
    print(repr(f.readline()))

with open(P, 'w+') as f:
    print(f.mode, repr(f.read()), f.write('abc\ndef\n'), f.seek(0), f.readlines())

with open(P, 'a+') as f:
    print(f.mode, f.tell(), f.write('ghi\n'), f.seek(0), f.read())

f = open(P, 'rb')
print(type(f).__name__, f.mode, f.read(2), f.read(0), f.tell(), f.readline(), f.readline(2), f.readlines())
print(f.seek(-3, 2), f.read(), f.seek(1), f.seek(2, 1), f.read(1), f.tell())
f.close()

with open(P, 'wb') as f:
    print(type(f).__name__, f.mode, f.write(b'\x00\x01\xff'), f.write(bytearray(b'xy\n')), f.tell())
with open(P, 'ab') as f:
    print(type(f).__name__, f.mode, f.write(b'z'))
with open(P, 'r+b') as f:
    print(type(f).__name__, f.mode, f.read(1), f.write(b'Q'), f.seek(0), f.read())
with open(P, 'w+b') as f:
    print(f.mode, f.read(), f.write(bytes(range(256))), f.seek(250), list(f.read()))
with open(P, 'rb', buffering=0) as f:
    print(type(f).__name__, f.mode, len(f.read()), f.closefd)
    print(repr(f).startswith('<_io.FileIO name='), repr(f).endswith("mode='rb' closefd=True>"))
print(repr(f))
with open(P, 'rb') as f:
    print([len(line) for line in f])

X = BASE + '.x'
with open(X, 'w') as f:
    pass
with open(X, 'w') as f:
    print(f.write('ok'))
for mode in ('x', 'xb'):
    try:
        open(X, mode)
    except FileExistsError as e:
        print(type(e).__name__, e.errno, e.strerror, e.args)

f = open(P, 'w', buffering=1)
print(f.line_buffering, f.write('line\n'), open(P).read() == 'line\n')
f.close()
with open(P, 'w') as f:
    print('x', 1, 2.5, sep='-', end='!\n', file=f)
    print(file=f)
    print('flushed', file=f, flush=True)
print(repr(open(P).read()))
with open(P, 'w') as f:
    pass
print(repr(open(P).read()), f.closed)
open(X, 'w').close()
