# int(nan): "cannot convert float NaN to integer"
# expect-exit: 1
# expect-stderr: ValueError: cannot convert float NaN to integer
print(int(1e300) > 0, int(-1e300) < 0)
x = float("inf") - float("inf")
print(x)
print(int(x))
