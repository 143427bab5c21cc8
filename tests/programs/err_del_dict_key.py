# del of a missing dict key
# expect-exit: 1
# expect-stderr: KeyError: 'beta'
table = dict(alpha=1)
del table["alpha"]
print(table)
del table["beta"]
