# float.fromhex as CPython's: its parser, correct rounding (half to even, subnormals, overflow) and errors;
# float.__getformat__.
CASES = ['0x1p0', '1', '-0x1.8p1', '  0X1.FFFFFFFFFFFFFp+1023  ', '0x1.fffffffffffff8p1023', '0x1p1024',
         '0x.8p-1074', '0x1p-1075', '0x1.0000000000001p-1075', '0x3p-1076', '0x1p-1074', '0x1.8p-1074',
         '0x1.00000000000008p0', '0x1.00000000000018p0', '0x1.000000000000080000001p0', 'inf', '-Infinity',
         'nan', '-NAN', '+0x0p0', '-0x0.0p-5', '0x0p99999999999999999999', '0x1p-99999999999999999999',
         '0x1p99999999999999999999', '1.', '.8', '0x.', '', ' ', '0x', 'x1', '0x1p', '0x1p+', '1p2e',
         '0x1.8', 'abcdef.123p-10', '1_0', '0x1 p1', '\t0x10\n', '0x1.2.3', 'infinit', 'nanx', '0x1P-1022',
         '0x1.fffffffffffffp-1023', '0x0.0000000000001p-1022', '0x000000000000000001p0', '0x1' + '0' * 300 + 'p-1200']
for case in CASES:
    try:
        x = float.fromhex(case)
        print(repr(case[:40]), repr(x), x.hex())
    except (ValueError, OverflowError) as e:
        print(repr(case[:40]), type(e).__name__, e)
for x in (0.1, 1e300, 5e-324, -2.5, 1 / 3):
    print(float.fromhex(x.hex()) == x)
for args in ((), ('1', '2'), (1,), (None,)):
    try:
        float.fromhex(*args)
    except TypeError as e:
        print(e)
try:
    float.fromhex(s='1')
except TypeError as e:
    print(e)
print((1.5).fromhex('0x3p-1'))
print(float.__getformat__('double'), float.__getformat__('float'))
for a in ('x', 1):
    try:
        float.__getformat__(a)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
# random strings near the edges: rounding at every bit position, subnormals, overflow
seed = 12345
def rand(n):
    global seed
    seed = (seed * 1103515245 + 12345) % 2147483648
    return seed % n
out = []
for _ in range(400):
    digits = ''.join('0123456789abcdef'[rand(16)] for _ in range(1 + rand(20)))
    point = rand(len(digits) + 1)
    text = '0x' + digits[:point] + '.' + digits[point:] + 'p' + str(rand(2200) - 1100 - 4 * (len(digits) - point))
    try:
        out.append(float.fromhex(text).hex())
    except OverflowError:
        out.append('overflow')
print(' '.join(out))
