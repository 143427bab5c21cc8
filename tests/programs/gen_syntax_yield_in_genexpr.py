# expect-exit: 1
# expect-stderr: SyntaxError: 'yield' inside generator expression
print("never printed")
print(list((yield x) for x in [1]))
