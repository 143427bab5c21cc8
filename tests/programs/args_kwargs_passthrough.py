# wrappers pass *args and **kwargs on (decorators)
def logged(fn):
    def wrapper(*args, **kwargs):
        print("call", args, kwargs)
        result = fn(*args, **kwargs)
        print("result", result)
        return result
    return wrapper

@logged
def area(w, h=1, *, unit="m"):
    return (w * h, unit)

area(2)
area(2, 3)
area(w=4, unit="cm")
area(*[5], **dict(h=6))
try:
    area(1, 2, 3)
except TypeError as e:
    print(e)
def forward(*a, **k):
    return print(*a, **k)
forward("x", "y", sep="/")
