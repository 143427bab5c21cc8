# expect-exit: 1
# expect-stderr: UnboundLocalError: cannot access local variable 'x' where it is not associated with a value
# a cell variable read in its own function before it is bound
def f():
    def g():
        return x
    print(x)
    x = 1

f()
