# ** in a display takes a mapping
# expect-exit: 1
# expect-stderr: TypeError: 'list' object is not a mapping
ok = {'a': 1, **{'b': 2}}
print(ok)
bad = {'a': 1,
       **[('b', 2)]}
