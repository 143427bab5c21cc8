# local read before assignment: UnboundLocalError (3.11 wording)
# expect-exit: 1
# expect-stderr: UnboundLocalError: cannot access local variable 'n' where it is not associated with a value
n = 10
def bump():
    print("in bump")
    n = n + 1
    return n
print(n)
bump()
