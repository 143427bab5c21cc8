# the first iterable is iterated by the enclosing code: no <listcomp> frame in the traceback
# expect-exit: 1
# expect-stderr: TypeError: 'int' object is not iterable
def squares(n):
    return [x * x for x in n]
print(squares(range(3)))
squares(3)
