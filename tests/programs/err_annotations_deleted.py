# __annotations__ deleted, then an annotated assignment needs it
# expect-exit: 1
# expect-stderr: NameError: name '__annotations__' is not defined
first: int = 1
del __annotations__
print(first)
second: int = 2
