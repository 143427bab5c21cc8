# UnicodeEncodeError as CPython's UTF-8 codec makes it: five arguments, str() and attributes from them
import sys
for s in ["a\ud800b", "\udfff\udc00x", "é\ud83dz", "\ud800"]:
    try:
        sys.stdout.write(s)
    except UnicodeEncodeError as e:
        print(e)
        print(repr(e), e.args, e.encoding, repr(e.object), e.start, e.end, e.reason)
        print(isinstance(e, ValueError), type(e).__name__)
for text, start, end in [("\U0001F600x", 0, 1), ("a\xe9", 1, 2), ("ab\u20ac", 2, 3), ("abc", 0, 3), ("ab", 5, 6)]:
    e = UnicodeEncodeError("ascii", text, start, end, "made up")
    print(str(e), e.start, e.end)
for args in [("x",), (1, "a", 0, 1, "r"), ("u", 5, 0, 1, "r"), ("u", "a", "0", 1, "r"), ("u", "a", 0, 1.0, "r"),
             ("u", "a", 0, 1, 2), ("u", "a", 0, 2 ** 70, "r"), ("u", "a", 0, 1, "r", 6)]:
    try:
        if len(args) == 1:
            UnicodeEncodeError(args[0])
        elif len(args) == 5:
            UnicodeEncodeError(args[0], args[1], args[2], args[3], args[4])
        else:
            UnicodeEncodeError(args[0], args[1], args[2], args[3], args[4], args[5])
    except (TypeError, OverflowError) as e:
        print(type(e).__name__, e)
e = UnicodeEncodeError("u", "ab", True, 2, "r")
print(e.start, type(e.start).__name__, e.args)
