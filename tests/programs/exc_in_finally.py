# an error raised in finally replaces the pending one, which becomes its __context__
def f(a):
    try:
        return 10 // a
    finally:
        print("finally for", a)
        if a == 0:
            [][0]
for a in (2, 0):
    try:
        print(f(a))
    except Exception as e:
        print("got", type(e).__name__, e)
        print("context", type(e.__context__).__name__, e.__context__)
def g():
    try:
        return "value"
    finally:
        int("nope")
try:
    g()
except ValueError as e:
    print("finally error replaced the return:", e, e.__context__)
