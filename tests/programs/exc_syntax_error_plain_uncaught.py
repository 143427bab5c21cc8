# expect-exit: 1
# expect-stderr: SyntaxError: unexpected token (rules.cfg)
# A SyntaxError with a file but no line number, uncaught: printed as any exception, its str()
# naming the file.
raise SyntaxError("unexpected token", ("rules.cfg", None, None, None))
