# a set comprehension is a function of its own: its frame shows in the traceback as <setcomp>
# expect-exit: 1
# expect-stderr: ZeroDivisionError: integer division or modulo by zero
def f(values):
    return {10 // v for v in values}

print(f([1, 2, 5]))
print(f([1, 0]))
