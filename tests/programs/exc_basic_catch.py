# try/except with one class and `as name`: str, repr, args, print and type name of the caught error
def divide(a, b):
    try:
        r = a // b
        print("ok", r)
    except ZeroDivisionError as e:
        print("caught", type(e).__name__)
        print("str:", str(e))
        print("repr:", repr(e))
        print("args:", e.args)
        print(e)
        r = -1
    print("after try", r)
    return r
divide(7, 2)
divide(7, 0)
try:
    x = 1.5 / 0
except ZeroDivisionError as err:
    print("float:", err, len(err.args))
print("done")
