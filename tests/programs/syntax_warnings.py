# CPython's compiler warns about code that is valid but almost surely wrong; the program still runs.
# expect-stderr: y = (1, 2)(3)
x = 1
if x is 1:
    print("yes")
if x is not "a":
    print("no")
assert (x, "message")
try:
    y = (1, 2)(3)
except TypeError as e:
    print(e)
