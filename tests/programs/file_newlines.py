# Universal newlines and newline= as CPython: \r\n and \r read as \n, kept with newline='', one
# ending recognized with '\n', '\r', '\r\n'; written \n translated by newline='\r' and '\r\n'.
BASE = '/tmp/pyvm-test-file_newlines-' + __file__.replace('/', '_')
P = BASE + '.txt'
DATA = b'a\r\nb\rc\nd\r\r\ne\n\rf\r'
with open(P, 'wb') as f:
    f.write(DATA)
for newline in (None, '', '\n', '\r', '\r\n'):
    with open(P, newline=newline) as f:
        print(repr(newline), repr(f.read()))
    with open(P, newline=newline) as f:
        print(repr(newline), f.readlines())
    with open(P, newline=newline) as f:
        print(repr(newline), [f.read(2) for _ in range(6)])
    with open(P, 'w', newline=newline) as f:
        f.write('x\ny\r\nz\r')
    print(repr(newline), open(P, 'rb').read())
try:
    open(P, newline='x')
except ValueError as e:
    print(e)
try:
    open(P, newline=5)
except TypeError as e:
    print(e)
# a \r at the end of the buffer, with \n after it
with open(P, 'wb') as f:
    f.write(b'x' * 8191 + b'\r\n' + b'y' * 8190 + b'\r\rz')
with open(P) as f:
    lines = f.readlines()
print(len(lines), [len(line) for line in lines], repr(lines[-1]))
with open(P, newline='') as f:
    print([len(line) for line in f])
with open(P, 'w') as f:
    pass
