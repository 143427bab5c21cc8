# expect-exit: 1
# expect-stderr: SyntaxError: bad char '$'
# A SyntaxError a program raises, uncaught, with where it happened: CPython's printer shows the
# file, the line of text and a caret under the column, then the message alone.
def parse(text):
    column = text.index("$")
    raise SyntaxError("bad char '$'", ("calc.txt", 7, column + 1, "    " + text + "\n", 7, column + 2))


parse("1 $ 2")
