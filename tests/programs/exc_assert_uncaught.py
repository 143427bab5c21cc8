# uncaught assertion with a message inside a function
# expect-exit: 1
# expect-stderr: AssertionError: balance went negative: -5
def withdraw(balance, amount):
    new = balance - amount
    assert new >= 0, "balance went negative: " + str(new)
    return new
b = 20
for amt in (5, 10, 10):
    b = withdraw(b, amt)
    print("balance", b)
