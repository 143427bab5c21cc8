# float ** huge overflows: "(34, 'Numerical result out of range')"
# expect-exit: 1
# expect-stderr: OverflowError: (34, 'Numerical result out of range')
x = 10.0
for e in [10, 100, 300, 308]:
    print(e, x ** e)
print(x ** 400)
