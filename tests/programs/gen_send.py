# send(): the value of a yield expression; a just-started generator accepts only None.
def accumulate():
    total = 0
    while True:
        value = yield total
        if value is None:
            break
        total += value
    return total


g = accumulate()
print(g.send(None))
print(g.send(5))
print(g.send(10))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)

h = accumulate()
try:
    h.send(1)
except TypeError as e:
    print("TypeError:", e)
print(next(h), h.send(2))


def echo():
    received = []
    try:
        while True:
            received.append((yield len(received)))
    finally:
        print("echo saw", received)


e = echo()
next(e)
for word in ["a", "b", "c"]:
    print(e.send(word))
e.close()
try:
    e.send(1)
except StopIteration as s:
    print("closed generator: StopIteration", s.args)
