# exception instances are ordinary values: stored in lists, compared by identity, raised later
errors = []
for i in range(4):
    try:
        if i % 2:
            raise ValueError("odd", i)
        raise TypeError("even", i)
    except (ValueError, TypeError) as e:
        errors.append(e)
for e in errors:
    print(type(e).__name__, e.args[1], str(e))
print(errors[0] is errors[0], errors[0] is errors[2], errors[0] == errors[2])
made = IndexError("made early")
print(repr(made), made.__traceback__)
try:
    raise made
except IndexError as e:
    print(e is made, e.__traceback__ is not None)
print(type(made) is IndexError, type(made) is LookupError)
pair = (KeyError("a"), ValueError("b"))
for p in pair:
    try:
        raise p
    except LookupError:
        print("lookup", p)
    except Exception:
        print("other", p)
