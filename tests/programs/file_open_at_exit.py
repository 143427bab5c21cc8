# A file dropped without close() before another open() is read back complete (CPython closed it at
# once); files left open at exit are flushed (pyvm/runtime/tests/test_fileobj.py reads them after).
BASE = '/tmp/pyvm-test-file_open_at_exit-' + __file__.replace('/', '_')
P = BASE + '.txt'
open(P, 'w').write('dropped\n')
print(repr(open(P).read()))
with open(P, 'r') as f:
    print(f.read() == 'dropped\n')
f = open(P, 'a')
print(f.write('still open at exit\n'))
