# expect-exit: 1
# expect-stderr: TypeError: can't send non-None value to a just-started generator
# send() of a value other than None to a generator that has not started is CPython's TypeError;
# send(None) starts it; after the error the generator can still start.
def echo():
    got = None
    while True:
        got = yield got


e = echo()
try:
    e.send(42)
except TypeError as err:
    print("TypeError:", err)
print(e.send(None), e.send("a"), e.send([1, 2]))
e2 = echo()
print(next(e2), e2.send(0))


def relay(target):
    return target.send("start")


relay(echo())
