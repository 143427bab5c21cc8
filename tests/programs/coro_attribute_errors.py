# Setting and reading a coroutine's, an async generator's and their awaitables' attributes: which are
# read-only, which are missing; the argument errors of send().
async def f():
    return 1
async def g():
    yield 1
c = f()
a = g()
for obj, names in ((c, ["cr_frame", "cr_code", "cr_await", "cr_running", "foo", "gi_frame"]), (a, ["ag_frame", "ag_code", "ag_running", "ag_suspended", "cr_frame"])):
    for name in names:
        try:
            setattr(obj, name, 1)
        except AttributeError as e:
            print("set", name, e)
        try:
            getattr(obj, name)
            print("get", name, "ok")
        except AttributeError as e:
            print("get", name, e)
w = c.__await__()
try:
    w.foo
except AttributeError as e:
    print(e)
s = a.asend(None)
try:
    s.foo
except AttributeError as e:
    print(e)
print(type(s).__name__, type(a.athrow(ValueError)).__name__, type(a.aclose()).__name__)
try:
    a.asend()
except TypeError as e:
    print(e)
try:
    c.send()
except TypeError as e:
    print(e)
c.close()
