# int() of a non-numeric str: "invalid literal for int() with base 10: 'abc'"
# expect-exit: 1
# expect-stderr: ValueError: invalid literal for int() with base 10: 'abc'
for s in ["1", "-20", " 300 "]:
    print(s, int(s) * 2)
print(int("abc"))
