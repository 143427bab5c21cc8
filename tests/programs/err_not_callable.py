# calling an int held in a variable: "'int' object is not callable"
# expect-exit: 1
# expect-stderr: TypeError: 'int' object is not callable
def f():
    return 1
print(f())
f = 5
print(f)
print(f())
