# del of a local that holds no value: UnboundLocalError with CPython's traceback
# expect-exit: 1
# expect-stderr: UnboundLocalError: cannot access local variable 'total' where it is not associated with a value


def tally(items):
    for item in items:
        total = item
    del total
    return 0


print(tally([1, 2]))
print(tally([]))
