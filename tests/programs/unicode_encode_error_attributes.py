# UnicodeEncodeError as CPython's UTF-8 codec makes it: five arguments, str() and attributes from them
import sys
for s in ["a\ud800b", "\udfff\udc00x", "é\ud83dz", "\ud800"]:
    try:
        sys.stdout.write(s)
    except UnicodeEncodeError as e:
        print(e)
        print(repr(e), e.args, e.encoding, repr(e.object), e.start, e.end, e.reason)
        print(isinstance(e, ValueError), type(e).__name__)
