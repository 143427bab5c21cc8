# nonlocal naming a variable no enclosing function binds
# expect-exit: 1
# expect-stderr: SyntaxError: no binding for nonlocal 'total' found
total = 0


def outer():
    def inner():
        nonlocal total
        total += 1
    inner()
