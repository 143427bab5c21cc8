# an except clause naming a non-class: only checked when an exception reaches it
def guarded(kind, catch):
    try:
        if kind:
            raise ValueError("boom")
        return "no error"
    except catch:
        return "caught"
print(guarded(False, 5))
print(guarded(True, ValueError))
for bad in (5, "ValueError", (ValueError, 3), None):
    try:
        print(guarded(True, bad))
    except TypeError as e:
        print(repr(bad), "->", e)
        print("  context:", repr(e.__context__))
