# f_locals reflects the values at the time of each access; unassigned locals are missing (KeyError)
import sys
def has(d, key):
    try:
        d[key]
        return True
    except KeyError:
        return False
def f(a, b=10):
    me = sys._getframe()
    print(has(me.f_locals, "a"), has(me.f_locals, "x"))
    x = a + b
    print(me.f_locals["x"])
    x = x * 2
    print(me.f_locals["x"])
    if a > 100:
        never = 1
    print(has(me.f_locals, "never"), has(me.f_locals, "x"))
    lst = [1]
    lst.append(2)
    print(me.f_locals["lst"])
    return x
print(f(1))
print(f(2, 3))
def missing():
    return sys._getframe().f_locals["nothing"]
try:
    missing()
except KeyError as e:
    print("KeyError", e, e.args)
