# the builtin class hierarchy: base classes catch subclasses; isinstance with classes and tuples
def check(e):
    names = []
    for cls in (BaseException, Exception, ArithmeticError, LookupError, NameError, RuntimeError, ValueError):
        if isinstance(e, cls):
            names.append(cls.__name__)
    print(type(e).__name__, names)
check(ZeroDivisionError("z"))
check(OverflowError("o"))
check(IndexError("i"))
check(KeyError("k"))
check(UnboundLocalError("u"))
check(RecursionError("r"))
check(NotImplementedError("n"))
check(SystemExit(0))
check(KeyboardInterrupt())
check(StopIteration())
check(AssertionError())
check(AttributeError("a"))
try:
    [1, 2][5]
except LookupError as e:
    print("LookupError caught", type(e).__name__)
try:
    2.0 ** 10000
except ArithmeticError as e:
    print("ArithmeticError caught", type(e).__name__)
try:
    raise RecursionError("deep")
except RuntimeError as e:
    print("RuntimeError caught", type(e).__name__, e)
print(isinstance(ValueError(), (KeyError, TypeError)), isinstance(KeyError(), (TypeError, LookupError)))
print(isinstance(5, Exception), isinstance(ValueError, Exception))
