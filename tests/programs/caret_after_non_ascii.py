# The carets under a binary operator whose left operand holds non-ASCII text: CPython's printer
# counts characters there (Python 3.11's traceback.py would put the ^ one column too far).
# expect-exit: 1
# expect-stderr: TypeError: can only concatenate str (not "int") to str


def f(a):
    return a


z = f("ü€") + f(1) + 1
