# open()'s errors as CPython's: bad modes and arguments, missing files, directories, closed files,
# unsupported operations, bad data to write, undecodable text.
BASE = '/tmp/pyvm-test-file_errors-' + __file__.replace('/', '_')
P = BASE + '.txt'
with open(P, 'w') as f:
    f.write('data\n')


def attempt(f, *args, **kwargs):
    try:
        r = f(*args, **kwargs)
        print('ok', repr(r) if not hasattr(r, 'close') else type(r).__name__)
        if hasattr(r, 'close'):
            r.close()
    except Exception as e:
        print(type(e).__name__, e)


for mode in ('', 'rw', 'rr', 'q', 'rbt', 'b', 't', '+', 'wx', 'U', 'rU', 'r+a', 'r++', 'br+', 'tr'):
    attempt(open, P, mode)
attempt(open, P, 'rb', encoding='utf-8')
attempt(open, P, 'rb', errors='strict')
attempt(open, P, 'rb', newline='')
attempt(open, P, 'r', buffering=0)
attempt(open, P, 5)
attempt(open, P, encoding=5)
attempt(open, P, foo=1)
attempt(open, P, 'r', mode='r')
attempt(open, [])
attempt(open, None)
attempt(open, 'a\0b')
attempt(open, P, closefd=False)
attempt(open, 'no-such-dir/x.txt')
attempt(open, 'no-such-dir/x.txt', 'w')
attempt(open, '.')
attempt(open, '.', 'w')
attempt(open, b'no-such-file')
try:
    open('no-such-file')
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename, e.args, repr(e))
e = OSError(2, 'No such file or directory', 'x.txt')
print(type(e).__name__, e, e.args, e.filename)

f = open(P)
attempt(f.write, 'x')
attempt(f.read, 'x')
attempt(f.read, 1.5)
attempt(f.readline, None)
attempt(f.seek, 1, 1)
attempt(f.seek, 1, 2)
attempt(f.seek, -1)
attempt(f.seek, 0, 3)
f.close()
for name in ('read', 'readline', 'readlines', 'write', 'writelines', 'tell', 'seek', 'flush', 'fileno',
             'readable', 'writable', 'seekable', 'isatty', 'close', '__enter__'):
    args = {'write': ('x',), 'writelines': ([],), 'seek': (0,)}.get(name, ())
    attempt(getattr(f, name), *args)
attempt(next, f)
attempt(iter, f)
print(f.closed, f.name == P)

f = open(P, 'w')
attempt(f.read)
attempt(f.write, b'x')
attempt(f.write, None)
attempt(f.write, 'ok')
attempt(f.writelines, ['a', 1])
f.close()

for mode in ('rb', 'wb', 'r+b'):
    f = open(P, mode)
    attempt(f.write, 'text')
    attempt(f.read)
    f.close()
    for name in ('read', 'readline', 'write', 'seek', 'flush', 'tell'):
        args = {'write': (b'x',), 'seek': (0,)}.get(name, ())
        attempt(getattr(f, name), *args)

with open(P, 'wb') as f:
    f.write(b'ok\n\xff\xfe here\n')
attempt(lambda: open(P).read())
attempt(lambda: open(P, encoding='ascii').read())
attempt(lambda: open(P, errors='replace').read())
attempt(lambda: open(P, errors='ignore').read())
attempt(lambda: open(P, encoding='latin-1').read())
with open(P, 'w', encoding='latin-1') as f:
    f.write('caf\xe9')
print(open(P, 'rb').read())
attempt(lambda: open(P, 'w', encoding='ascii').write('caf\xe9'))
attempt(lambda: open(P, 'w').write('\ud800'))
with open(P, 'w') as f:
    f.write('bye')
