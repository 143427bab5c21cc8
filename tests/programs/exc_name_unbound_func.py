# in a function the handler's name becomes unbound: UnboundLocalError, a kind of NameError
def f():
    e = "old value"
    try:
        1 // 0
    except ZeroDivisionError as e:
        print("handler:", e)
    return e
try:
    f()
except UnboundLocalError as problem:
    print(type(problem).__name__, problem)
    print(isinstance(problem, NameError))
def g(flag):
    try:
        if flag:
            raise KeyError("k")
    except KeyError as e:
        pass
    try:
        return e
    except NameError as ne:
        return "unbound: " + str(ne)
print(g(True))
print(g(False))
def h():
    try:
        raise ValueError("v")
    except ValueError as e:
        saved = e
    return repr(saved)
print(h())
