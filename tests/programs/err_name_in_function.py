# undefined global referenced inside a function only fails when called
# expect-exit: 1
# expect-stderr: NameError: name 'qqq' is not defined
def later(flag):
    if flag:
        return qqq
    return "fine"
print(later(False))
print(later(0))
print(later(True))
