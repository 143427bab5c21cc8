# use of an undefined name: NameError
# expect-exit: 1
# expect-stderr: NameError: name 'zq' is not defined
a = 1
b = 2
print(a + b)
def f():
    return a * 10
print(f())
print(zq)
