# expect-exit: 1
# expect-stderr: BadStr: <exception str() failed>
class BadStr(Exception):
    def __str__(self):
        return 42


e = BadStr("x")
try:
    str(e)
except TypeError as t:
    print("TypeError:", t)
raise e
