# an exception in a comprehension's element: the traceback shows the <listcomp> frame
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
def ratio(values):
    return [100 // v
            for v in values]
print(ratio([1, 2, 4]))
print(ratio([5, 0, 1]))
