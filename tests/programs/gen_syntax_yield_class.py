# expect-exit: 1
# expect-stderr: SyntaxError: 'yield' outside function
# yield in a class body is outside any function, as CPython's compiler says.
print("never printed")


class C:
    x = yield 1
