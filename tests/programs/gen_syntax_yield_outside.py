# expect-exit: 1
# expect-stderr: SyntaxError: 'yield' outside function
print("never printed")
yield 1
