# sys.stdout.write checks its argument as CPython's TextIOWrapper.write does
import sys
for value in (None, 5, 2.5, [1], ("a",), True):
    try:
        sys.stdout.write(value)
    except TypeError as e:
        print(e)
print(sys.stdout.write("abc\n"), sys.stderr.write(""))
