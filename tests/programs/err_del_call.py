# del of a call: CPython's parser refuses it
# expect-exit: 1
# expect-stderr: SyntaxError: cannot delete function call
print("never printed")
del print(1)
