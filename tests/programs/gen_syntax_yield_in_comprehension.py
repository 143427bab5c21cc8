# expect-exit: 1
# expect-stderr: SyntaxError: 'yield' inside list comprehension
# yield inside a list comprehension, in a generator function: CPython 3.8+ refuses it.
def g():
    return [(yield x) for x in range(3)]


print("never printed")
