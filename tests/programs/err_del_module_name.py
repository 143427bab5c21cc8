# del of a name the module never bound
# expect-exit: 1
# expect-stderr: NameError: name 'counter' is not defined
count = 0
del count
print("deleted count")
del counter
