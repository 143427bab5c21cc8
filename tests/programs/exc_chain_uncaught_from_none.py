# uncaught error raised `from None`: the context is not shown in the traceback
# expect-exit: 1
# expect-stderr: ValueError: not a number: 'x1'
def to_int(s):
    try:
        return int(s)
    except ValueError:
        raise ValueError("not a number: " + repr(s)) from None
print(to_int("17"))
print(to_int("x1"))
