# order of try / except / else / finally, with and without an exception
def run(x):
    print("-- run", x)
    try:
        print("try start")
        v = 10 // x
        print("try end", v)
    except ZeroDivisionError:
        print("except")
        v = 0
    else:
        print("else", v)
        v = v + 100
    finally:
        print("finally")
    print("after", v)
    return v
print(run(5))
print(run(0))
try:
    print("outer try")
finally:
    print("outer finally without except")
try:
    pass
except ValueError:
    print("never")
else:
    print("else with empty try")
