# assert with and without a message, caught: args, str, message evaluated only on failure
def check(x):
    assert x > 0
    assert x < 10, "too big: " + str(x)
    return x * 2
for v in (3, 0, 12):
    try:
        print("ok", check(v))
    except AssertionError as e:
        print("assert failed", v, e.args, repr(e), "[" + str(e) + "]")
calls = []
def msg():
    calls.append("msg")
    return "computed message"
assert 1 == 1, msg()
print("calls after passing assert:", calls)
try:
    assert [], msg()
except AssertionError as e:
    print(e, calls)
try:
    assert False, (1, 2)
except AssertionError as e:
    print("tuple message args:", e.args)
