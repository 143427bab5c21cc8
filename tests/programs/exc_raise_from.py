# raise X from Y sets __cause__, __context__ and __suppress_context__
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise RuntimeError("bad config value") from e
try:
    parse("12x")
except RuntimeError as e:
    print("caught:", e)
    print("cause:", type(e.__cause__).__name__, e.__cause__)
    print("context is cause:", e.__context__ is e.__cause__)
    print("suppress:", e.__suppress_context__)
try:
    raise ValueError("outside handler") from KeyError("k")
except ValueError as e:
    print("cause:", repr(e.__cause__), "context:", e.__context__)
    print("suppress:", e.__suppress_context__)
try:
    raise TypeError("t") from IndexError
except TypeError as e:
    print("class as cause:", repr(e.__cause__), type(e.__cause__).__name__)
plain = ValueError("plain")
print(plain.__cause__, plain.__context__, plain.__suppress_context__)
print(parse("34"))
