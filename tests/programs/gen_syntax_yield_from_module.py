# expect-exit: 1
# expect-stderr: SyntaxError: 'yield' outside function
# yield from at module level, inside an expression.
print("never printed")
values = [1, 2]
total = 1 + (yield from values)
