# an assignment expression can only bind a plain name
# expect-exit: 1
# expect-stderr: SyntaxError: cannot use assignment expressions with attribute
import sys
print("never printed")
if (sys.x := 1):
    pass
