# expect-exit: 1
# expect-stderr: NameError: cannot access free variable 'w' where it is not associated with a value in enclosing scope
# a free variable read before the enclosing function bound it
def outer():
    def inner():
        return v
    try:
        inner()
    except NameError as e:
        print("caught:", e)
    v = 1
    print(inner())
    del_later = inner
    return inner

outer()

def outer2():
    def inner():
        return w
    inner()
    w = 2

outer2()
