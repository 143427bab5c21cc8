# an error raised while handling another gets it as __context__; chains can be walked
def level(n):
    try:
        if n == 0:
            return 1 // 0
        return level(n - 1)
    except ArithmeticError:
        raise ValueError("level " + str(n))
    except ValueError as e:
        raise KeyError("wrapped at " + str(n))
try:
    level(3)
except Exception as e:
    cur = e
    while cur is not None:
        print(type(cur).__name__, repr(cur), cur.__cause__, cur.__suppress_context__)
        cur = cur.__context__
try:
    try:
        raise TypeError("first")
    except TypeError:
        x = [1][3]
except IndexError as e:
    print("context:", repr(e.__context__))
try:
    try:
        raise TypeError("first")
    finally:
        print("finally sees the error pending")
        y = 5 // 0
except ZeroDivisionError as e:
    print("context from finally:", repr(e.__context__))
