# a name used in a function before its global declaration: CPython's symtable refuses it
# expect-exit: 1
# expect-stderr: SyntaxError: name 'counter' is used prior to global declaration
counter = 0
print("never printed")


def bump():
    counter + 1
    global counter
    counter += 1
