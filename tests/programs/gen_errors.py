# Wrong uses of generators, with CPython's messages.
def g():
    yield 1


it = g()
for call, args in ((it.send, ()), (it.send, (1, 2)), (it.throw, ()), (it.close, (1,)),
                   (it.__next__, (1,))):
    try:
        call(*args)
    except TypeError as e:
        print("TypeError:", e)
try:
    it.send(1)
except TypeError as e:
    print("TypeError:", e)
try:
    it.gi_running = True
except AttributeError as e:
    print("AttributeError:", e)
try:
    it.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    len(it)
except TypeError as e:
    print("TypeError:", e)
try:
    it[0]
except TypeError as e:
    print("TypeError:", e)
print(bool(it), it == it, it != g())


def running():
    yield me.send(None)


me = running()
try:
    next(me)
except ValueError as e:
    print("ValueError:", e)


def closes_itself():
    yield me2.close()


me2 = closes_itself()
try:
    next(me2)
except ValueError as e:
    print("ValueError:", e)


def throws_itself():
    yield me3.throw(KeyError)


me3 = throws_itself()
try:
    next(me3)
except ValueError as e:
    print("ValueError:", e)
for name in ("gi_frame", "gi_code"):
    try:
        delattr(it, name) if name == "gi_code" else setattr(it, name, None)
    except AttributeError as e:
        print("AttributeError:", e)
