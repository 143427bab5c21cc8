# 'break' outside a loop is found by the compiler, after parsing: CPython's message and caret
# expect-exit: 1
# expect-stderr: SyntaxError: 'break' outside loop
print('never printed')
if True:
    break
