# unary minus on a str: "bad operand type for unary -: 'str'"
# expect-exit: 1
# expect-stderr: TypeError: bad operand type for unary -: 'str'
x = 3
print(-x, ~x, not x)
x = "three"
print(-x)
