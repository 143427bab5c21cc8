# The tokenizer's warnings (a number run into a keyword) come out once, as in CPython.
# expect-stderr: x = 1or 2
print(1if 1else 2)
x = 1or 2
print(x)
