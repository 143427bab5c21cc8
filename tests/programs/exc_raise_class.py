# `raise X` with a class (no call) creates an instance with empty args
def f(kind):
    if kind == 0:
        raise ValueError
    if kind == 1:
        raise IndexError()
    raise NotImplementedError
for k in range(3):
    try:
        f(k)
    except Exception as e:
        print(type(e).__name__, e.args, repr(e), "[" + str(e) + "]")
try:
    raise KeyError
except LookupError as e:
    print("KeyError class:", repr(e), isinstance(e, KeyError))
print("done")
