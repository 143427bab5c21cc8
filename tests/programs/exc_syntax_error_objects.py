# SyntaxError, IndentationError and TabError made by a program (a tokenizer reporting bad input):
# their details, str() with the file's base name and line, the attributes, and CPython's TypeErrors.
for args in [(), ("bad",), ("bad", ("f.py", 3, 2, "x = $\n")), ("bad", ("/a/b/g.py", 4, 1, "y", 4, 2)),
             ("m", (None, 5, None, None)), ("m", ("h.py", None, None, None)), ("a", "b", "c"), (None,)]:
    e = SyntaxError(*args)
    print(repr(str(e)), repr(e), e.msg, e.filename, e.lineno, e.offset, e.text, e.end_lineno, e.end_offset,
          e.print_file_and_line, e.args)
for bad in [("m", (1, 2)), ("m", (1, 2, 3, 4, 5)), ("m", (1, 2, 3, 4, 5, 6, 7))]:
    try:
        SyntaxError(*bad)
    except TypeError as t:
        print("TypeError:", t)
print(issubclass(TabError, IndentationError), issubclass(IndentationError, SyntaxError), IndentationError("x").msg)
try:
    raise IndentationError("unexpected indent", ("prog.py", 2, 5, "    x = 1\n", 2, 6))
except SyntaxError as e:
    print(type(e).__name__, e, e.lineno)
class MyErr(SyntaxError):
    pass
print(str(MyErr("q", ("z.py", 1, 1, "t"))))


def tokenize(text):
    for i, ch in enumerate(text):
        if not (ch.isdigit() or ch in "+-*/ "):
            raise SyntaxError(f"bad char {ch!r}", ("<input>", 1, i + 1, text))
        yield ch


for source in ["1 + 2", "3 $ 4"]:
    try:
        print(list(tokenize(source)))
    except SyntaxError as e:
        print("error:", e, "at", e.offset, repr(e.text))
