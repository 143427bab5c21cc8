# A negative base to a fractional power is a complex number in CPython; when its modulus
# overflows, CPython raises OverflowError: complex exponentiation.
# expect-exit: 1
# expect-stderr: OverflowError: complex exponentiation
for base, exponent in ((-1565, 96.5), (-10.0, 400.5), (-0.5, -2000.5), (-1e-300, -2.5)):
    try:
        print(base ** exponent)
    except OverflowError as e:
        print("OverflowError:", e)
print(pow(-1e308, 1.5))
