# expect-exit: 1
# expect-stderr: ValueError: bad value 3
# an uncaught error inside a closure (the traceback is compared whole)
def outer(limit):
    seen = []
    def check(v):
        seen.append(v)
        if v > limit:
            raise ValueError("bad value " + str(v))
        return v
    return check

c = outer(2)
for i in range(5):
    print(c(i))
