# expect-exit: 1
# expect-stderr: TypeError: 'int' object is not callable
# a decorator that fails, and one that is not callable: the traceback points at the decorator
def boom(f):
    raise ValueError("decorator failed")

try:
    @boom
    def f():
        pass
except ValueError as e:
    print("caught", e)

not_callable = 3

@not_callable
def g():
    pass
