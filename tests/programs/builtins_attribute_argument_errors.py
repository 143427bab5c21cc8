# getattr, setattr, hasattr and delattr check their arguments as CPython's: no keywords ('getattr() takes
# no keyword arguments'), the count, a str name.
for call in (lambda: getattr(1, "x", default=2), lambda: hasattr(1), lambda: setattr(1, "a"), lambda: delattr(1, "a", 2),
             lambda: getattr(1), lambda: getattr(1, 2, 3, 4), lambda: getattr(1, 5), lambda: setattr(1, "a", 2, k=1)):
    try:
        call()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
