# uncaught assert without a message: stderr ends with a bare "AssertionError"
# expect-exit: 1
# expect-stderr: AssertionError
def total(xs):
    s = 0
    for x in xs:
        s += x
    return s
print(total([1, 2, 3]))
assert total([1, 2, 3]) == 6
print("first assert passed")
assert total([1, 2, 3]) == 7
print("not reached")
