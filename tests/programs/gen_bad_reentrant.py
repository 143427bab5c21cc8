# expect-exit: 1
# expect-stderr: ValueError: generator already executing
# Re-entering a running generator (next, send, throw, close from inside it, or through another
# generator) is CPython's ValueError; the generator it happened in is finished afterwards.
def me_again():
    print("running:", gen.gi_running)
    yield next(gen)


gen = me_again()
try:
    next(gen)
except ValueError as e:
    print("ValueError:", e)
print("suspended after:", gen.gi_suspended, gen.gi_frame)


def ping():
    yield next(pong)


def pongf():
    yield next(pinger)


pinger = ping()
pong = pongf()
try:
    next(pinger)
except ValueError as e:
    print("through another:", e)


def outer():
    yield from inner()


def inner():
    yield o.send(None)


o = outer()
next(o)
