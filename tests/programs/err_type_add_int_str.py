# int + str: "unsupported operand type(s) for +: 'int' and 'str'"
# expect-exit: 1
# expect-stderr: TypeError: unsupported operand type(s) for +: 'int' and 'str'
n = 5
s = "5"
print(n + 1, s + "1")
print(n + s)
