# expect-exit: 1
# expect-stderr: io.UnsupportedOperation: not writable
# io.UnsupportedOperation as the last line of a traceback names it.
BASE = '/tmp/pyvm-test-file_uncaught-' + __file__.replace('/', '_')
P = BASE + '.txt'
open(P, 'w').close()
try:
    open('no-such-dir/f.txt')
except FileNotFoundError as e:
    print(e)
with open(P) as f:
    f.write('x')
