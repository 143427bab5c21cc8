# except with a tuple of classes: each member matches, the first matching clause wins
def risky(kind):
    items = [1, 2, 3]
    if kind == 0:
        return items[10]
    if kind == 1:
        return int("abc")
    if kind == 2:
        return 1 / 0
    if kind == 3:
        return len(5)
    return "fine"
for k in range(5):
    try:
        print("result", risky(k))
    except (IndexError, KeyError) as e:
        print(k, "lookup family:", type(e).__name__, e)
    except (ValueError, TypeError) as e:
        print(k, "value/type:", type(e).__name__, e)
    except (ArithmeticError,) as e:
        print(k, "arith:", type(e).__name__, e)
errs = (TypeError, ZeroDivisionError)
try:
    print(10 % 0)
except errs as e:
    print("tuple held in a variable:", e)
