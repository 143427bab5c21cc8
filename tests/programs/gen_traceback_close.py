# expect-exit: 1
# expect-stderr: ZeroDivisionError: division by zero
# close() whose finally clause fails: GeneratorExit is the context of the error.
def fragile():
    try:
        yield 1
    finally:
        print("cleaning")
        1 / 0


g = fragile()
next(g)
g.close()
