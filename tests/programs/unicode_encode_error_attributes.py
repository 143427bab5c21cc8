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
