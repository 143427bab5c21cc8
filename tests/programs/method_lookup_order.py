# A method call looks the method up before it evaluates the arguments (CPython's LOAD_METHOD):
# a missing method raises AttributeError without running them.
# expect-exit: 1
# expect-stderr: AttributeError: 'int' object has no attribute 'append'
def noisy(x):
    print("argument evaluated:", x)
    return x


xs = [3]
xs.append(noisy(4))
print(xs, xs.pop(noisy(0)), xs)

n = 5
try:
    n.append(noisy(1))
except AttributeError as e:
    print("AttributeError:", e)

try:
    n.append(n[0])                  # the lookup fails before the subscript would
except AttributeError as e:
    print("AttributeError:", e)
except TypeError as e:
    print("TypeError:", e)

n.append(noisy(2))
