# bitwise operators reject floats: "unsupported operand type(s) for &: 'float' and 'int'"
# expect-exit: 1
# expect-stderr: TypeError: unsupported operand type(s) for &: 'float' and 'int'
print(6 & 3, True & 1)
f = 6.0
print(f & 3)
