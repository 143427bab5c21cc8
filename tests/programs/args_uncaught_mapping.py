# expect-exit: 1
# expect-stderr: TypeError: print() argument after ** must be a mapping, not list
# ** of a list, uncaught
options = [("sep", "-")]
print(1, 2, **dict(options))
print(1, 2, **options)
