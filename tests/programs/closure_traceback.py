# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
# a traceback through closures: every frame, with the nested functions' names
def make_divider(d):
    def divide(x):
        return helper(x)
    def helper(x):
        return x // d
    return divide

print(make_divider(2)(10))
make_divider(0)(10)
