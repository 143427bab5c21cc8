# function objects as CPython shows them: names, docstrings, defaults, closures, code
def outer():
    x = 1
    def inner(a, b=2):
        "inner's doc"
        return x + a
    return inner

f = outer()
print(f.__name__, f.__qualname__, f.__doc__, f.__defaults__, f.__kwdefaults__, f.__module__)
print(repr(f)[:34])
print(f.__closure__[0].cell_contents, len(f.__closure__), outer.__closure__)
print(f.__code__.co_name, f.__code__.co_argcount, f.__code__.co_varnames, f.__code__.co_qualname)
print(outer.__doc__, (lambda: 0).__name__, (lambda: 0).__doc__, (lambda: 0).__qualname__)
def g():
    return lambda: 1
print(g().__qualname__)
def nested_def():
    "first"
    "second"
print(nested_def.__doc__, nested_def())
