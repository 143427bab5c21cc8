# int() of a float-looking str is an error too
# expect-exit: 1
# expect-stderr: ValueError: invalid literal for int() with base 10: '2.5'
print(int(2.5), float("2.5"))
print(int("2.5"))
