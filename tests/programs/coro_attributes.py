# A coroutine's and an async generator's attributes and repr, its __await__'s type, send and throw to a
# finished coroutine.
async def f():
    return 1
c = f()
print(repr(c)[:22], type(c).__name__)
try: c.send(1)
except TypeError as e: print(e)
try: c.send(None)
except StopIteration as e: print("stop", e.value)
try: c.send(None)
except RuntimeError as e: print(e)
try: c.throw(ValueError)
except RuntimeError as e: print("throw", e, repr(e.__context__))
print(c.close())
c2 = f()
print(c2.cr_frame.f_code is c2.cr_code, c2.cr_code.co_name, c2.cr_running, c2.cr_await, c2.cr_suspended, c2.cr_origin)
w = c2.__await__()
print(type(w), repr(w)[:30])
try: next(w)
except StopIteration as e: print("w stop", e.value)
async def g():
    yield 1
a = g()
print(repr(a)[:30], type(a).__name__)
n = a.__anext__()
print(repr(n)[:33])
print(a.ag_frame.f_lineno, a.ag_code.co_name, a.ag_running, a.ag_await)
try:
    iter(c2)
except TypeError as e: print(e)
c2.close()
