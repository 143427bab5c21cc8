# The methods and attributes of int and float (bit_length, as_integer_ratio, hex, real...), bin, oct,
# hex and callable, with their errors
for v in (0, 5, -5, 255, 2**70, -2**70, True, False):
    print(v, v.bit_length(), v.bit_count(), v.conjugate(), v.as_integer_ratio(), v.real, v.imag, v.numerator, v.denominator)
    print(bin(v), oct(v), hex(v))
for x in (0.0, -0.0, 2.5, -0.1, 1e300, 5e-324, 1.0, 3.0, 0.1, 123456.789, float("inf"), float("-inf"), float("nan"), 2.0**-1022, 1.7976931348623157e308):
    print(x.hex(), x.is_integer(), x.conjugate(), x.real, x.imag)
    try:
        print(x.as_integer_ratio())
    except (OverflowError, ValueError) as e:
        print(type(e).__name__, e)
print(callable(len), callable(1), callable(int), callable(lambda: 0), callable([].append), callable("x"))
class C:
    def __call__(self): return 1
class D: pass
print(callable(C()), callable(D()), callable(C), callable(print))
for bad in (lambda: bin(1.5), lambda: hex('a'), lambda: oct(None), lambda: (5).bit_length(1), lambda: callable(), lambda: hex(1, 2), lambda: (1.5).hex(2)):
    try:
        bad()
    except TypeError as e:
        print("->", e)
