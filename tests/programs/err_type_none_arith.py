# arithmetic on None (a function that forgot to return)
# expect-exit: 1
# expect-stderr: TypeError: unsupported operand type(s) for *: 'NoneType' and 'int'
def half(x):
    if x % 2 == 0:
        return x // 2
for v in [8, 4, 2]:
    print(v, half(v) * 3)
print(half(3) * 3)
