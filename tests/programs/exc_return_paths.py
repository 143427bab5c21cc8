# return from try, except, else and finally in every combination
def f(mode):
    trace = []
    try:
        trace.append("try")
        if mode == "error":
            raise ValueError(mode)
        if mode == "return_try":
            return ("try", trace)
    except ValueError:
        trace.append("except")
        if mode == "error":
            return ("except", trace)
    else:
        trace.append("else")
        if mode == "return_else":
            return ("else", trace)
    finally:
        trace.append("finally")
        if mode == "return_finally":
            return ("finally", trace)
    trace.append("end")
    return ("end", trace)
for m in ("error", "return_try", "return_else", "return_finally", "none"):
    print(m, f(m))
def g():
    for i in range(3):
        try:
            if i == 1:
                return "returned at " + str(i)
        finally:
            if i == 1:
                continue
    return "loop finished: continue in finally cancelled the return"
print(g())
