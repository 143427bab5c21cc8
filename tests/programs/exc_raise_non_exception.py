# raising something that is not an exception is itself a TypeError
def bad(v):
    raise v
for v in (5, "text", None, (1, 2), [ValueError]):
    try:
        bad(v)
    except TypeError as e:
        print(repr(v), "->", type(e).__name__, e)
try:
    raise ValueError("ok") from 5
except TypeError as e:
    print("bad cause:", e)
try:
    raise int
except TypeError as e:
    print("class not an exception:", e)
print("end")
