# object.__setattr__, __getattribute__ and __delattr__ called directly: CPython's argument checks.
class A:
    pass


a = A()
tests = [
    lambda: object.__setattr__(a, 1, 2),
    lambda: object.__setattr__(a, "x"),
    lambda: object.__getattribute__(a, "nope"),
    lambda: object.__getattribute__(a),
    lambda: object.__delattr__(a, "nope"),
    lambda: object.__setattr__(5, "x", 1),
    lambda: object.__getattribute__("ab", "upper")(),
    lambda: object.__delattr__(a, 3),
    lambda: a.__setattr__("x", 1, 2),
    lambda: a.__setattr__("y", 2),
    lambda: a.__getattribute__("y"),
    lambda: a.__delattr__("y"),
    lambda: a.__getattribute__("y"),
]
for f in tests:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
