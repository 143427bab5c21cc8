# a parameter declared global
# expect-exit: 1
# expect-stderr: SyntaxError: name 'x' is parameter and global
print("never printed")


def f(x):
    global x
    return x
