# An exception chained to itself, or to one whose cause it is: printed once, with no header for the cycle
# expect-exit: 1
# expect-stderr: ValueError: a
def self_cause():
    try:
        raise ValueError("a")
    except ValueError as a:
        raise a from a


try:
    self_cause()
except ValueError as e:
    print("caught", e, e.__cause__ is e)
try:
    raise ValueError("a")
except ValueError as a:
    try:
        raise TypeError("b") from a
    except TypeError as b:
        raise a from b
