# expect-exit: 1
# expect-stderr: TypeError: move() got multiple values for argument 'x'
# an argument given twice, uncaught, from a lambda's call
def move(x, y=0):
    return (x, y)

print(move(1, y=2))
step = lambda *a: move(*a, x=3)
print(step())
print(step(1))
