# expect-exit: 1
# expect-stderr: AttributeError: 'function' object has no attribute 'missing'
# CPython's errors for function attributes
def f():
    pass

try:
    f.__name__ = 1
except TypeError as e:
    print(e)
try:
    f.__qualname__ = None
except TypeError as e:
    print(e)
try:
    f.__defaults__ = [1]
except TypeError as e:
    print(e)
try:
    f.__kwdefaults__ = 1
except TypeError as e:
    print(e)
try:
    f.__annotations__ = 1
except TypeError as e:
    print(e)
try:
    f.__dict__ = 1
except TypeError as e:
    print(e)
try:
    f.__closure__ = None
except AttributeError as e:
    print(e)
try:
    [].x = 1
except AttributeError as e:
    print(e)
try:
    [].append = 1
except AttributeError as e:
    print(e)
try:
    int.x = 1
except TypeError as e:
    print(e)
try:
    (lambda: 0).__closure__[0]
except TypeError as e:
    print(e)
print(f.missing)
