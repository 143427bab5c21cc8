# uncaught error at the end of a three-link implicit chain: two "During handling" sections
# expect-exit: 1
# expect-stderr: TypeError: can only concatenate str (not "int") to str
def step1():
    return [0][1]
def step2():
    try:
        step1()
    except IndexError:
        return 5 % 0
def step3():
    try:
        step2()
    except ZeroDivisionError as e:
        print("step3 handling", type(e).__name__, "with context", type(e.__context__).__name__)
        return "total: " + 3
step3()
